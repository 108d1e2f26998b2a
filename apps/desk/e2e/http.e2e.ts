import { describe, expect, inject, it } from "vitest";

/*
 * The built desk over real HTTP: what every answer carries, how it refuses what it cannot
 * take, and where `/` leads. The in-process suite (server/app.test.ts) checks the same app;
 * this one checks the listener `pnpm start` runs.
 */

const deskUrl = inject("deskUrl");

function get(path: string, init: RequestInit = {}) {
  return fetch(`${deskUrl}${path}`, { redirect: "manual", ...init });
}

function expectPrivateAndUnframed(response: Response, what: string) {
  expect(response.headers.get("cache-control"), what).toMatch(/\bno-store\b/);
  expect(response.headers.get("x-frame-options"), what).toBe("DENY");
  expect(response.headers.get("content-security-policy"), what).toContain("frame-ancestors 'none'");
  expect(response.headers.get("x-robots-tag"), what).toContain("noindex");
}

describe("desk over HTTP", () => {
  it("answers /healthz with 200", async () => {
    expect((await get("/healthz")).status).toBe(200);
  });

  it("sends / to the desk language of Accept-Language with 302 and Vary", async () => {
    const response = await get("/", { headers: { "accept-language": "es-MX,es;q=0.9,en;q=0.5" } });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/es");
    expect(response.headers.get("vary")).toMatch(/accept-language/i);
    expect((await get("/", { headers: { "accept-language": "ar" } })).headers.get("location")).toBe("/ar");
    expect((await get("/")).headers.get("location")).toBe("/en");
  });

  it("renders sign-in with lang and dir from the URL, never cached, never framed, never indexed", async () => {
    const response = await get("/ar/sign-in");
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl"/);
    expectPrivateAndUnframed(response, "sign-in");
  });

  it.each([
    ["an unknown language", "/fr", 404],
    ["an unknown page", "/en/nothing/here", 404],
    ["a malformed article id", "/en/articles/abc/es", 302],
    ["a page that needs a session", "/es/breaking", 302],
  ])("answers %s with a 3xx/4xx, never a 500, and the same headers", async (_name, path, status) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expectPrivateAndUnframed(response, path);
  });

  it("refuses other methods with 405 and bodies over 1 MB with 413, in the page's language", async () => {
    const put = await get("/es/sign-in", { method: "PUT", body: "x" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, HEAD, POST");
    expectPrivateAndUnframed(put, "405");
    const huge = await get("/es/sign-in", {
      method: "POST",
      body: new URLSearchParams({ email: "a".repeat(1_100_000) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain("Demasiado para enviar de una vez");
  });

  it("serves its hashed assets for good", async () => {
    const html = await (await get("/en/sign-in")).text();
    const script =
      /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ??
      /href="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, "a hashed script on the page").toBeDefined();
    const asset = await get(script as string);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });
});
