import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import { deskAccount } from "@sahifa/e2e-harness/desk-fixtures";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listArticles } from "./api.ts";

/** Live news in a real browser: breaking news arrives in an open page, and the search page finds and marks. */
const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");

let browser: OpenBrowser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function api<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!body.data) throw new Error(`API: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function arabicEditorToken(): Promise<string> {
  const data = await api<{ signIn: { token?: string } }>(
    `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { ... on SignedIn { token } } }`,
    deskAccount("editor.ar@sahifa.example"),
  );
  if (!data.signIn.token) throw new Error("editor.ar could not sign in");
  return data.signIn.token;
}

async function openEdition(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${webUrl}${path}`);
  // The live feed opens shortly after load; wait until it is connected before posting.
  await page.waitForSelector('[data-live="live"]', { state: "attached", timeout: 20_000 });
  return page;
}

describe("live breaking news", () => {
  it("shows an item posted through the API in an open /ar page's ticker, without reload", async () => {
    const token = await arabicEditorToken();
    const page = await openEdition("/ar");
    const loads: string[] = [];
    page.on("load", () => loads.push(page.url()));
    await page.evaluate(() => {
      (window as { sahifaMarker?: string }).sahifaMarker = "same document";
    });

    const text = `عاجل: اختبار البث المباشر ${Date.now()}`;
    const posted = await api<{ postBreakingNews: { item?: { id: string }; message?: string } }>(
      `mutation ($text: String!) {
        postBreakingNews(locale: ar, text: $text, attribution: "سحيفة") {
          ... on BreakingNewsPosted { item { id } }
          ... on DeskError { message }
        }
      }`,
      { text },
      token,
    );
    const id = posted.postBreakingNews.item?.id;
    expect(id, posted.postBreakingNews.message).toBeDefined();

    const item = page.locator(`[data-testid="breaking-ticker"] [data-breaking-id="${id}"]`);
    await item.waitFor({ timeout: 10_000 });
    expect(await item.textContent()).toContain(text);
    expect(await page.locator(`[data-breaking-id="${id}"]`).count()).toBe(1);
    expect(await page.evaluate(() => (window as { sahifaMarker?: string }).sahifaMarker)).toBe(
      "same document",
    );
    expect(loads).toEqual([]);
    await page.close();
  });
});

describe("live story", () => {
  it("adds an update posted through the API to the open story page, once", async () => {
    const token = await arabicEditorToken();
    const live = (await listArticles(apiUrl, "ar", 100)).find((article) => article.kind === "live");
    if (!live) throw new Error("the demo newsroom has no live story in Arabic");
    const page = await openEdition(live.url);
    await page.waitForSelector('[data-testid="live-updates"]', { state: "attached" });
    const body = `تحديث مباشر للاختبار ${Date.now()}`;
    const posted = await api<{ postLiveUpdate: { update?: { id: string }; message?: string } }>(
      `mutation ($id: ID!, $body: String!) {
        postLiveUpdate(articleId: $id, locale: ar, body: $body) {
          ... on LiveUpdatePosted { update { id } }
          ... on DeskError { message }
        }
      }`,
      { id: live.id, body },
      token,
    );
    const id = posted.postLiveUpdate.update?.id;
    expect(id, posted.postLiveUpdate.message).toBeDefined();
    const update = page.locator(`[data-live-update-id="${id}"]`);
    await update.waitFor({ timeout: 10_000 });
    expect(await update.textContent()).toContain(body);
    expect(await update.count()).toBe(1);
    // The server did not word its time: the page's clock starts for it, the time of day in the tooltip.
    await page.waitForSelector(`[data-live-update-id="${id}"] time[title]`, { timeout: 10_000 });
    await page.close();
  });
});

describe("LIVE page", () => {
  it("leads with the running live story and shows relative times once the page is live", async () => {
    const live = (await listArticles(apiUrl, "en", 100)).find((article) => article.kind === "live");
    if (!live) throw new Error("the demo newsroom has no live story in English");
    const page = await openEdition("/en/live");
    const story = page.locator(`[data-testid="live-stories"] [data-article-id="${live.id}"]`);
    expect(await story.count()).toBe(1);
    expect(await story.locator("a").first().getAttribute("href")).toBe(live.url);
    // The live list's and the ticker's times say how long ago, not the time of day.
    const time = page.locator('[data-testid="breaking-ticker"] time').first();
    expect(await time.textContent()).toMatch(/ago|now/);
    await page.close();
  });

  it("groups a live story's updates under their day, newest first", async () => {
    const live = (await listArticles(apiUrl, "ar", 100)).find((article) => article.kind === "live");
    if (!live) throw new Error("the demo newsroom has no live story in Arabic");
    const page = await openEdition(live.url);
    const times = await page
      .locator('[data-testid="live-updates"] [data-live-update-id] time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
    expect(times.length).toBeGreaterThan(1);
    expect([...times].sort().reverse()).toEqual(times);
    expect(await page.locator('[data-testid="live-updates"] .live-day-title').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="live-updates"] time').first().textContent()).toMatch(/قبل|الآن/);
    await page.close();
  });
});

describe("search page", () => {
  it("keeps the query in the URL and marks the words it found in each edition", async () => {
    for (const locale of ["ar", "es", "en"] as const) {
      const [article] = await listArticles(apiUrl, locale, 1);
      if (!article) throw new Error(`no ${locale} article`);
      const { article: found } = await api<{ article: { title: string } }>(
        "query ($id: ID!, $locale: Locale!) { article(id: $id, locale: $locale) { title } }",
        { id: article.id, locale },
      );
      const word = found.title.split(/\s+/u).find((w) => w.replace(/\P{L}/gu, "").length >= 5) ?? found.title;
      const page = await browser.context.newPage();
      await page.goto(`${webUrl}/${locale}/search?q=${encodeURIComponent(word)}`);
      expect(await page.inputValue("#search-page-q")).toBe(word);
      await page.waitForSelector('[data-testid="search-results"] mark');
      expect(
        await page.locator(`[data-testid="search-results"] [data-article-id="${article.id}"]`).count(),
      ).toBe(1);
      await page.close();
    }
  });
});
