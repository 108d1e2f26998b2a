import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ServerBuild } from "react-router";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeskApp, MAX_BODY_BYTES, MAX_UPLOAD_BYTES, MAX_UPLOAD_FORM_BYTES } from "./app.ts";

/*
 * The desk's HTTP app in process, on the real route modules (Vite loads them as `pnpm dev`
 * does) and a folder of built assets: every answer, page or refusal, is kept out of caches
 * and search engines and refuses to be framed.
 */

let vite: ViteDevServer;
let clientDir: string;
let app: ReturnType<typeof createDeskApp>;

beforeAll(async () => {
  vite = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: "custom",
    logLevel: "silent",
  });
  clientDir = mkdtempSync(path.join(tmpdir(), "sahifa-desk-client-"));
  mkdirSync(path.join(clientDir, "assets"));
  writeFileSync(path.join(clientDir, "assets", "entry.client-AbC123.js"), "export {};\n");
  app = createDeskApp({
    build: () => vite.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>,
    mode: "development",
    clientDir,
  });
}, 60_000);

afterAll(async () => {
  await vite?.close();
  if (clientDir) rmSync(clientDir, { recursive: true, force: true });
});

function expectPrivateAndUnframed(response: Response, what: string) {
  expect(response.headers.get("cache-control"), what).toMatch(/\bno-store\b/);
  expect(response.headers.get("x-frame-options"), what).toBe("DENY");
  expect(response.headers.get("content-security-policy"), what).toContain("frame-ancestors 'none'");
  expect(response.headers.get("x-robots-tag"), what).toContain("noindex");
  expect(response.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(response.headers.get("referrer-policy"), what).toBe("same-origin");
}

// The first requests compile the routes through Vite, which takes seconds on a busy machine.
describe("desk HTTP app", { timeout: 60_000 }, () => {
  it("renders the sign-in page in the URL's language, not cacheable and not frameable", async () => {
    const response = await app.request("/ar/sign-in");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toContain('name="robots" content="noindex, nofollow"');
    expectPrivateAndUnframed(response, "sign-in page");
  });

  it("lets an upload to the media library past the forms' limit, from a page or a script", async () => {
    const photo = "x".repeat(MAX_BODY_BYTES + 1);
    for (const path of ["/es/media", "/es/media.data"]) {
      const response = await app.request(path, {
        method: "POST",
        body: photo,
        headers: {
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(photo.length),
        },
      });
      // Not refused for its size: the page's own rules answer (here, no session).
      expect(response.status, path).not.toBe(413);
    }
  });

  it("keeps every kind of answer out of caches and frames", async () => {
    const big = "a".repeat(MAX_BODY_BYTES + 1);
    const answers: Array<[string, Response | Promise<Response>, number]> = [
      ["queue without a session", app.request("/es"), 302],
      ["/ by Accept-Language", app.request("/", { headers: { "accept-language": "es-MX,es;q=0.9" } }), 302],
      ["unknown language", app.request("/fr"), 404],
      ["unknown page", app.request("/en/no-such-page/at-all"), 404],
      ["health", app.request("/healthz"), 200],
      ["PUT", app.request("/en/sign-in", { method: "PUT", body: "x" }), 405],
      ["DELETE", app.request("/en", { method: "DELETE" }), 405],
      [
        "too large",
        app.request("/es/sign-in", {
          method: "POST",
          body: big,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "content-length": String(big.length),
          },
        }),
        413,
      ],
      [
        "a form on the media page keeps the forms' limit",
        app.request("/es/media", {
          method: "POST",
          body: big,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "content-length": String(big.length),
          },
        }),
        413,
      ],
      [
        "an upload past the media ceiling",
        app.request("/es/media", {
          method: "POST",
          body: "x",
          headers: {
            "content-type": "multipart/form-data; boundary=x",
            "content-length": String(MAX_UPLOAD_BYTES + 1),
          },
        }),
        413,
      ],
    ];
    for (const [what, pending, status] of answers) {
      const response = await pending;
      expect(response.status, what).toBe(status);
      expectPrivateAndUnframed(response, what);
    }
  });

  it("sends / to the browser's language with Vary, and English when none fits", async () => {
    const spanish = await app.request("/", { headers: { "accept-language": "es-MX,es;q=0.9,en;q=0.5" } });
    expect(spanish.headers.get("location")).toBe("/es");
    expect(spanish.headers.get("vary")).toMatch(/accept-language/i);
    expect((await app.request("/", { headers: { "accept-language": "ar" } })).headers.get("location")).toBe(
      "/ar",
    );
    expect((await app.request("/", { headers: { "accept-language": "de" } })).headers.get("location")).toBe(
      "/en",
    );
  });

  it("words a refusal in the page's language and says which methods are allowed", async () => {
    const refused = await app.request("/ar/breaking", { method: "PATCH" });
    expect(refused.headers.get("allow")).toBe("GET, HEAD, POST");
    expect(await refused.text()).toContain('<html lang="ar" dir="rtl">');
    const big = "x".repeat(MAX_BODY_BYTES + 10);
    const tooLarge = await app.request("/es/breaking", {
      method: "POST",
      body: big,
      headers: { "content-length": String(big.length) },
    });
    expect(await tooLarge.text()).toContain("1 MB");
  });

  it("lets the forms that carry an image past the text forms' limit, up to the image limit", async () => {
    const post = (path: string, size: number) =>
      app.request(path, {
        method: "POST",
        body: "x".repeat(size),
        headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(size) },
      });
    // Past the limit those forms reach React Router (which here redirects to sign-in), not a 413.
    expect((await post("/ar/articles/new", MAX_BODY_BYTES + 10)).status).not.toBe(413);
    expect((await post("/ar/articles/12/facts", MAX_BODY_BYTES + 10)).status).not.toBe(413);
    expect((await post("/ar/articles/12/ar", MAX_BODY_BYTES + 10)).status).toBe(413);
    expect((await post("/ar/articles/new", MAX_UPLOAD_FORM_BYTES + 10)).status).toBe(413);
  });

  it("lets browsers keep hashed assets for good, and still refuses to frame them", async () => {
    const asset = await app.request("/assets/entry.client-AbC123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("x-frame-options")).toBe("DENY");
    const missing = await app.request("/assets/missing-123.js");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
  });
});
