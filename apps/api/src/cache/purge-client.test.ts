import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type RunningVarnish, startVarnish } from "../testing/varnish.ts";
import { createPurgeClient } from "./purge-client.ts";

/**
 * The purge client against a real varnishd running the repository's VCL, in
 * front of a stub reader that tags its pages with surrogate keys and counts
 * how often each page is rendered.
 */

const PAGES: Record<string, { keys: string; cacheControl?: string }> = {
  "/en/news/politics/101/harbour": { keys: "article-101 front-en section-en-politics section-en-news" },
  "/en": { keys: "front-en edition-en" },
  "/es": { keys: "front-es edition-es" },
  "/en/private": { keys: "front-en", cacheControl: "private, no-store" },
  "/preview/token": { keys: "article-101" },
};

let backend: Server;
let varnish: RunningVarnish;
const renders = new Map<string, number>();

beforeAll(async () => {
  backend = createServer((request, response) => {
    const page = PAGES[request.url ?? ""];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    const count = (renders.get(request.url!) ?? 0) + 1;
    renders.set(request.url!, count);
    response
      .writeHead(200, {
        "content-type": "text/plain",
        "cache-control": page.cacheControl ?? "public, max-age=300",
        xkey: page.keys,
      })
      .end(`${request.url} render ${count}`);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => backend.listen(port, "127.0.0.1", resolve));
  varnish = await startVarnish({ backendPort: port });
});
afterAll(async () => {
  await varnish?.stop();
  await new Promise((resolve) => backend?.close(resolve));
});

async function read(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${varnish.url}${path}`, { headers });
  return {
    cache: response.headers.get("x-cache"),
    body: await response.text(),
    xkey: response.headers.get("xkey"),
  };
}

describe("purging through Varnish's xkey", () => {
  it("drops exactly the pages tagged with a purged key", async () => {
    const article = "/en/news/politics/101/harbour";
    expect(await read(article)).toMatchObject({ cache: "MISS", body: `${article} render 1`, xkey: null });
    expect(await read(article)).toMatchObject({ cache: "HIT", body: `${article} render 1` });
    await read("/en");
    await read("/es");
    expect((await read("/es")).cache).toBe("HIT");

    const client = createPurgeClient({ urls: [varnish.url], log: () => {} });
    const outcomes = await client.purge(["section-en-news", "front-en"]);
    expect(outcomes).toEqual([{ url: varnish.url, ok: true, detail: "200" }]);

    expect(await read(article)).toMatchObject({ cache: "MISS", body: `${article} render 2` });
    expect(await read("/en")).toMatchObject({ cache: "MISS", body: "/en render 2" });
    // Another edition's front page shares no key: still cached.
    expect(await read("/es")).toMatchObject({ cache: "HIT", body: "/es render 1" });
  });

  it("never caches preview, private answers, or signed-in requests", async () => {
    for (let i = 0; i < 2; i++) {
      expect((await read("/preview/token")).cache).toBe("MISS");
      expect((await read("/en/private")).cache).toBe("MISS");
    }
    await read("/es");
    const signedIn = await read("/es", { cookie: "theme=dark; sahifa_session=abc" });
    expect(signedIn.cache).toBe("MISS");
    // Other cookies do not split the cache.
    expect((await read("/es", { cookie: "consent=yes" })).cache).toBe("HIT");
  });

  it("reports a Varnish that cannot be reached without failing the caller", async () => {
    const lines: string[] = [];
    const client = createPurgeClient({
      urls: [`http://127.0.0.1:${await freePort()}`],
      log: (l) => lines.push(l),
    });
    const [outcome] = await client.purge(["article-1"]);
    expect(outcome?.ok).toBe(false);
    expect(lines[0]).toContain("unreachable");
  });

  it("does nothing without Varnish URLs", async () => {
    expect(await createPurgeClient({ urls: [] }).purge(["article-1"])).toEqual([]);
  });
});

describe("who may purge", () => {
  it("refuses a purge from an address outside the ACL and keeps the page", async () => {
    const outsider = await startVarnish({ backendPort: backendPort(), purgeAcl: "10.9.8.7" });
    try {
      const page = "/en";
      await fetch(`${outsider.url}${page}`).then((r) => r.text());
      const lines: string[] = [];
      const [outcome] = await createPurgeClient({ urls: [outsider.url], log: (l) => lines.push(l) }).purge([
        "front-en",
      ]);
      expect(outcome).toMatchObject({ ok: false, detail: "403" });
      const again = await fetch(`${outsider.url}${page}`);
      await again.text();
      expect(again.headers.get("x-cache")).toBe("HIT");
    } finally {
      await outsider.stop();
    }
  });
});

function backendPort(): number {
  const address = backend.address();
  return typeof address === "object" && address ? address.port : 0;
}
