import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPublishedOriginal, republishOriginal } from "@sahifa/e2e-harness/desk-fixtures";
import { freePort, type RunningServer, startApi, startProcess } from "@sahifa/e2e-harness/servers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWeb } from "./servers.ts";

/*
 * The reader editions behind a real Varnish (ops/varnish), with the API purging it on publish:
 * a page is served from the cache, an editor publishes a change, and the next reader gets it.
 */

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

let api: RunningServer;
let web: RunningServer;
let varnish: { stop(): Promise<void> };
let varnishUrl: string;

beforeAll(async () => {
  const varnishPort = await freePort();
  varnishUrl = `http://127.0.0.1:${varnishPort}`;
  api = await startApi({ VARNISH_PURGE_URLS: varnishUrl });
  // As `pnpm start:cached` runs it: Varnish is the cache, the reader app keeps none of its own.
  web = await startWeb(api.url, { PUBLIC_ORIGIN: varnishUrl, READER_CACHE_SECONDS: "0" });
  varnish = await startProcess({
    name: "varnish",
    command: process.execPath,
    args: [path.join(repositoryRoot, "ops/varnish/run-varnish.mjs")],
    cwd: repositoryRoot,
    env: { VARNISH_PORT: String(varnishPort), READER_PORT: new URL(web.url).port },
    healthUrl: `${varnishUrl}/healthz`,
    timeoutMs: 30_000,
  });
}, 400_000);

afterAll(async () => {
  await varnish?.stop();
  await web?.stop();
  await api?.stop();
});

describe("reader pages behind Varnish", () => {
  it("serves a page from the cache until a publish purges it, then shows the change", async () => {
    const original = await createPublishedOriginal(api.url);
    const url = `${varnishUrl}${original.englishUrl}`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-cache")).toBe("MISS");
    const second = await fetch(url);
    expect(second.headers.get("x-cache")).toBe("HIT");
    // Surrogate keys are Varnish's business: readers never see them.
    expect(second.headers.get("xkey")).toBeNull();

    const heading = `Sandbags at the new bridge ${Date.now()}`;
    const published = Date.now();
    await republishOriginal(api.url, original.id, heading);
    const after = await fetch(url);
    const html = await after.text();
    console.log(`publish → purged page served: ${Date.now() - published} ms (publish request included)`);
    expect(after.headers.get("x-cache")).toBe("MISS");
    expect(html).toContain(heading);
    expect((await fetch(url)).headers.get("x-cache")).toBe("HIT");
  });

  it("never caches a preview or the edition redirect", async () => {
    for (const pathname of ["/preview/not-a-valid-token-at-all", "/"]) {
      await fetch(`${varnishUrl}${pathname}`, { redirect: "manual" });
      const again = await fetch(`${varnishUrl}${pathname}`, { redirect: "manual" });
      expect(again.headers.get("x-cache"), pathname).toBe("MISS");
    }
  });
});
