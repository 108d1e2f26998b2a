import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import type { RunningServer } from "@sahifa/e2e-harness/servers";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CACHE_NAMES, OFFLINE_ARTICLES } from "../app/offline/offline-rules.ts";
import { listArticles } from "./api.ts";
import { startWeb } from "./servers.ts";

/**
 * Offline reading (docs/architecture/053-offline-reading.md) in Chromium: a reader server of
 * this test's own, stopped halfway, so "offline" is the network truly gone.
 */
const apiUrl = inject("apiUrl");

let web: RunningServer | null = null;
let browser: OpenBrowser;
beforeAll(async () => {
  web = await startWeb(apiUrl);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

/** The paths the worker keeps in one of its stores. */
function kept(page: Page, cacheName: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname + new URL(request.url).search);
  }, cacheName);
}

async function waitUntilKept(page: Page, path: string) {
  const pathname = new URL(path, "http://x").pathname;
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await kept(page, CACHE_NAMES.articles)).includes(pathname)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`${path} was not kept for offline reading`);
}

describe("offline reading", () => {
  it("reads an opened article with the server gone, and shows the edition's offline page for others", async () => {
    const server = web!;
    const articles = (await listArticles(apiUrl, "ar", 30)).filter((article) => article.kind !== "live");
    const [first, second, unopened] = articles;
    if (!first || !second || !unopened) throw new Error("the demo newsroom has too few Arabic articles");
    const page = await browser.context.newPage();

    // The first article is opened before the worker runs: the page asks it to keep it.
    await page.goto(`${server.url}${first.url}`);
    const title = await page.locator("h1").first().textContent();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await waitUntilKept(page, first.url);
    // The second is opened through the worker; a search is not kept.
    await page.goto(`${server.url}${second.url}`);
    await waitUntilKept(page, second.url);
    await page.goto(`${server.url}/ar/search?q=${encodeURIComponent("العاصفة")}`);
    const everything = [
      ...(await kept(page, CACHE_NAMES.articles)),
      ...(await kept(page, CACHE_NAMES.offline)),
      ...(await kept(page, CACHE_NAMES.assets)),
    ];
    expect(everything.filter((path) => /search|preview|graphql|live-events/.test(path))).toEqual([]);

    await server.stop();
    web = null;
    const offline = await page.goto(`${server.url}${first.url}`);
    expect(offline?.status()).toBe(200);
    expect(await page.locator("h1").first().textContent()).toBe(title);
    expect(await page.locator("main p").count()).toBeGreaterThan(0);

    await page.goto(`${server.url}${unopened.url}`);
    await page.locator('[data-testid="offline-page"]').waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    expect(await page.locator("h1").first().textContent()).toBe("أنت غير متصل بالإنترنت");

    // The offline page lists the Arabic articles this device keeps, read from the worker's store.
    const keptList = page.locator('[data-testid="kept-articles"][data-state="read"]');
    await keptList.waitFor();
    expect(await keptList.locator("h2").textContent()).toBe("محفوظة على هذا الجهاز");
    const links = await keptList
      .locator("li a")
      .evaluateAll((anchors) => anchors.map((a) => [a.getAttribute("href"), a.textContent]));
    const pathOf = (url: string) => new URL(url, "http://x").pathname;
    expect(links.map(([href]) => href).sort()).toEqual([pathOf(first.url), pathOf(second.url)].sort());
    expect(links).toContainEqual([pathOf(first.url), title]);
    // And a kept one opens from there, still offline.
    await keptList.locator(`a[href="${pathOf(first.url)}"]`).click();
    await page.waitForURL(`**${pathOf(first.url)}`);
    expect(await page.locator("h1").first().textContent()).toBe(title);
    await page.close();
  });

  it("tells a reader with nothing kept in the edition that opened articles will be kept", async () => {
    const server = await startWeb(apiUrl);
    const context = await openBrowser();
    try {
      const page = await context.context.newPage();
      const english = (await listArticles(apiUrl, "en", 5)).find((article) => article.kind !== "live");
      if (!english) throw new Error("the demo newsroom has no English article");
      await page.goto(`${server.url}${english.url}`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await waitUntilKept(page, english.url);
      await server.stop();
      // The Spanish offline page lists no English article.
      await page.goto(`${server.url}/es/tecnologia`);
      const keptList = page.locator('[data-testid="kept-articles"][data-state="read"]');
      await keptList.waitFor();
      expect(await keptList.locator("li").count()).toBe(0);
      expect(await keptList.locator("p").textContent()).toContain("Todavía no hay artículos guardados");
    } finally {
      await context.close();
      await server.stop().catch(() => {});
    }
  });

  it(`keeps only the last ${OFFLINE_ARTICLES} articles`, async () => {
    const server = await startWeb(apiUrl);
    const context = await openBrowser();
    try {
      const articles = (await listArticles(apiUrl, "en", 40)).filter((article) => article.kind !== "live");
      if (articles.length < OFFLINE_ARTICLES + 2) throw new Error("too few English articles");
      const page = await context.context.newPage();
      await page.goto(`${server.url}${articles[0]!.url}`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await waitUntilKept(page, articles[0]!.url);
      for (const article of articles.slice(1, OFFLINE_ARTICLES + 2)) {
        await page.goto(`${server.url}${article.url}`);
        await waitUntilKept(page, article.url);
      }
      let stored: string[] = [];
      for (let attempt = 0; attempt < 50; attempt++) {
        stored = await kept(page, CACHE_NAMES.articles);
        if (stored.length <= OFFLINE_ARTICLES) break;
        await page.waitForTimeout(100);
      }
      expect(stored.length).toBe(OFFLINE_ARTICLES);
      const pathOf = (url: string) => new URL(url, "http://x").pathname;
      expect(stored).not.toContain(pathOf(articles[0]!.url));
      expect(stored).toContain(pathOf(articles[OFFLINE_ARTICLES + 1]!.url));
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
