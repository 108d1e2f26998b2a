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
