import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import type { RunningServer } from "@sahifa/e2e-harness/servers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstArticlePath } from "./pages.ts";
import { startApi, startWeb } from "./servers.ts";

/*
 * The built reader app against a built API that executes only the manifest `pnpm build` wrote
 * from the apps' documents (TRUSTED_DOCUMENTS_ONLY=1, docs/architecture/035-trusted-documents.md):
 * every page's queries go by id, and an outside full query is refused.
 */

let api: RunningServer;
let web: RunningServer;
let browser: OpenBrowser;
beforeAll(async () => {
  api = await startApi({ TRUSTED_DOCUMENTS_ONLY: "1" });
  web = await startWeb(api.url);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
});

/** What an event stream sends within `ms`. */
async function streamStart(response: Response, ms: number): Promise<string> {
  const stream = response.body?.getReader();
  if (!stream) return "";
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()));
    const chunk = await Promise.race([stream.read(), timeout]);
    if (chunk === null || chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

describe("the reader app on an API that takes only trusted documents", () => {
  it("refuses a full query from anyone else", async () => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: "{ sections(locale: en) { label } }" }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe("PERSISTED_QUERY_ONLY");
  });

  it("relays the breaking-news subscription, which goes by id too", async () => {
    const reader = new AbortController();
    const response = await fetch(`${web.url}/live-events/breaking/es`, {
      headers: { accept: "text/event-stream" },
      signal: reader.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    // A refused subscription still answers 200, then an `errors` event and `complete`; an accepted one stays open.
    expect(await streamStart(response, 1_500)).not.toMatch(/errors|event: complete/);
    reader.abort();
  });

  it("renders the front page and an article, in each reading direction", async () => {
    const page = await browser.context.newPage();
    for (const locale of ["en", "ar"]) {
      const front = await page.goto(`${web.url}/${locale}`);
      expect(front?.status(), `/${locale}`).toBe(200);
      const path = await firstArticlePath(page);
      const article = await page.goto(`${web.url}${path}`);
      expect(article?.status(), path).toBe(200);
      await expect(page.locator("main article h1").first().textContent()).resolves.toMatch(/\S/);
      expect(await page.locator("main article").first().textContent()).not.toBe("");
    }
    await page.close();
  });
});
