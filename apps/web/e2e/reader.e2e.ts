import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { LOCALES } from "@sahifa/domain/locales";
import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { encodePath } from "../app/urls.ts";
import { listArticles } from "./api.ts";
import { firstArticlePath } from "./pages.ts";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: OpenBrowser;
/** Every console error or warning and page error seen by any page, with the URL it happened on. */
const problems: string[] = [];

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`${page.url()} console.${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`${page.url()} pageerror: ${error.message}`));
  return page;
}

/** Waits until the reader script has hydrated every island of the page (a hydration warning would show by then). */
async function hydrated(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelector("[data-island][data-hydrated]") !== null &&
      document.querySelector("[data-island]:not([data-hydrated])") === null,
  );
  await page.waitForLoadState("networkidle");
}

async function axeViolations(page: Page) {
  // Evaluated, not added as an inline <script>: the page's Content-Security-Policy refuses those.
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return axe.run(document);
  });
  return (results.violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>)
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LOCALES)("the %s edition", (locale) => {
  const dir = locale === "ar" ? "rtl" : "ltr";

  it("renders its front page and an article with the right lang and dir, without errors or axe violations", async () => {
    const page = await newPage();
    const response = await page.goto(`${webUrl}/${locale}`);
    expect(response?.status()).toBe(200);
    await hydrated(page);
    expect(await page.getAttribute("html", "lang")).toBe(locale);
    expect(await page.getAttribute("html", "dir")).toBe(dir);
    expect(await axeViolations(page)).toEqual([]);

    const articlePath = await firstArticlePath(page);
    const articleResponse = await page.goto(`${webUrl}${articlePath}`);
    expect(articleResponse?.status()).toBe(200);
    await hydrated(page);
    expect(await page.getAttribute("html", "lang")).toBe(locale);
    expect(await page.getAttribute("html", "dir")).toBe(dir);
    expect(await page.locator("main h1").count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(dir);
    // A reader page is HTML plus the islands script: no router runtime, no serialised loader data.
    expect(
      await page.locator("script[src]").evaluateAll((scripts) => scripts.map((s) => s.getAttribute("src"))),
    ).toEqual([expect.stringMatching(/^\/assets\/islands-[\w-]+\.js$/)]);
    expect(await page.evaluate(() => "__reactRouterContext" in window)).toBe(false);
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
    );
    expect(jsonLd["@type"]).toBe("NewsArticle");
    expect(jsonLd.inLanguage).toBe(locale);
    expect(await page.locator(`link[rel="alternate"][hreflang="${locale}"]`).count()).toBe(1);
    expect(await page.locator('link[rel="alternate"][hreflang="x-default"]').count()).toBe(1);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${webUrl}${articlePath}`);
    // The lead image comes as renditions by width, best format first, and link previews get a JPEG card.
    expect(
      await page.locator('article picture source[type="image/avif"]').first().getAttribute("srcset"),
    ).toMatch(/\/media\/i\/[^ ]+\.avif \d+w/);
    expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toMatch(/\.jpg$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("follows a section link and then an article link", async () => {
    const page = await newPage();
    await page.goto(`${webUrl}/${locale}`);
    await hydrated(page);
    await page.locator('nav#menu a[href$="/news"]').first().click();
    await page.waitForURL(`${webUrl}/${locale}/news`);
    await expect.poll(() => page.locator("main h1").textContent()).toBeTruthy();
    // The reader's pointer leaves the navigation (its dropdown opens on hover) for the page.
    await page.mouse.move(5, 890);
    const articlePath = await firstArticlePath(page);
    await page.locator(`main a[href="${articlePath}"]`).first().click();
    await page.waitForURL(`${webUrl}${articlePath}`);
    await expect.poll(() => page.locator("main h1.article-title").count()).toBe(1);
    await page.close();
  });
});

describe("edition switcher", () => {
  it("lands on the same article in another language, and on the front page when there is none", async () => {
    const english = await listArticles(apiUrl, "en");
    const shared = english.find((article) => article.translations.some((t) => t.locale === "ar"));
    const lonely = english.find((article) => !article.translations.some((t) => t.locale === "es"));
    expect(shared, "an English article that also exists in Arabic").toBeDefined();
    const page = await newPage();
    await page.goto(`${webUrl}${encodePath(shared!.url)}`);
    await hydrated(page);
    await page.locator('.edition-switcher a[data-edition="ar"]').click();
    await page.waitForURL((url) => url.pathname.startsWith("/ar/"));
    expect(page.url()).toContain(`/${shared!.id}/`);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    if (lonely) {
      await page.goto(`${webUrl}${encodePath(lonely.url)}`);
      await hydrated(page);
      expect(await page.locator('.edition-switcher a[data-edition="es"]').getAttribute("href")).toBe("/es");
    }
    await page.close();
  });

  it("remembers the edition a reader chose: / leads back to it, whatever the browser's languages", async () => {
    const page = await newPage();
    await page.goto(`${webUrl}/es`);
    await hydrated(page);
    await page.goto(`${webUrl}/`);
    expect(new URL(page.url()).pathname).toBe("/es");
    await page.close();
  });
});

describe("video", () => {
  it("serves a video with range requests and the browser loads it", async () => {
    const videos = (await listArticles(apiUrl, "en")).filter((article) => article.kind === "video");
    expect(videos.length).toBeGreaterThan(0);
    const page = await newPage();
    await page.goto(`${webUrl}${encodePath(videos[0]!.url)}`);
    const src = await page
      .locator("article video")
      .first()
      .evaluate(
        (video: HTMLVideoElement) => video.currentSrc || video.querySelector("source")?.src || video.src,
      );
    const ranged = await fetch(new URL(src, webUrl), { headers: { range: "bytes=0-99" } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("content-type")).toBe("video/mp4");
    expect(ranged.headers.get("content-range")).toMatch(/^bytes 0-99\/\d+$/);
    expect((await ranged.arrayBuffer()).byteLength).toBe(100);
    // The page asks for nothing before the reader presses play (preload="none"): load it as play would.
    await page
      .locator("article video")
      .first()
      .evaluate((video: HTMLVideoElement) => {
        video.preload = "metadata";
        video.load();
      });
    // HAVE_METADATA or more: Chromium fetched and parsed the file; an error would say why not.
    await page.waitForFunction(() => {
      const video = document.querySelector("article video") as HTMLVideoElement;
      if (video.error) throw new Error(`video error ${video.error.code}: ${video.error.message}`);
      return video.readyState >= 1;
    });
    await page.close();
  });
});

describe("article kinds", () => {
  it("shows a video's player, a gallery's captioned pictures, an infograph large and an opinion's author", async () => {
    const articles = await listArticles(apiUrl, "en");
    const byKind = (kind: string) => articles.find((article) => article.kind === kind);
    const page = await newPage();
    const checks: Array<[string, string]> = [
      ["video", "article[data-kind=video] video[controls]"],
      ["gallery", "article[data-kind=gallery] .gallery figure figcaption"],
      ["infograph", "article[data-kind=infograph] figure.infograph-lead img"],
      ["opinion", "article[data-kind=opinion] .opinion-author"],
    ];
    for (const [kind, selector] of checks) {
      const article = byKind(kind);
      expect(article, `a published English ${kind}`).toBeDefined();
      await page.goto(`${webUrl}${encodePath(article!.url)}`);
      expect(await page.locator(selector).count(), `${kind}: ${selector}`).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe("the Arabic edition", () => {
  it("starts its navigation at the right edge and reads right to left", async () => {
    const page = await newPage();
    await page.goto(`${webUrl}/ar`);
    await hydrated(page);
    const items = page.locator("nav#menu .nav-list > li");
    const first = await items.first().boundingBox();
    const second = await items.nth(1).boundingBox();
    const viewport = page.viewportSize();
    expect(first && second && viewport).toBeTruthy();
    expect(first!.x).toBeGreaterThan(second!.x);
    expect(first!.x + first!.width).toBeGreaterThan(viewport!.width / 2);
    const brand = await page.locator(".brand").boundingBox();
    expect(brand!.x).toBeGreaterThan(viewport!.width / 2);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    await page.close();
  });
});

describe("without JavaScript", () => {
  it("reads an article and navigates by plain links", async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${webUrl}/es`);
      const articlePath = await firstArticlePath(page);
      await page.locator(`main a[href="${articlePath}"]`).first().click();
      await page.waitForURL(`${webUrl}${articlePath}`);
      expect(await page.locator("main h1.article-title").isVisible()).toBe(true);
      expect((await page.locator(".article-body p").first().textContent())?.length).toBeGreaterThan(20);
      await page.locator(".article-kicker a").first().click();
      await page.waitForURL((url) => url.pathname !== articlePath);
      expect(await page.locator("main h1").isVisible()).toBe(true);
      await page.goto(`${webUrl}/es#menu`);
      expect(await page.locator("nav#menu").isVisible()).toBe(true);
    } finally {
      await noJs.close();
    }
  });
});

describe("console", () => {
  it("logged no errors and no hydration warnings on any page above", () => {
    expect(problems).toEqual([]);
  });
});
