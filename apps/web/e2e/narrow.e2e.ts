import { LOCALES } from "@sahifa/domain/locales";
import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { litePath } from "../app/render/lite-mode.ts";
import { publishLongHeadline, unbrokenHeadline } from "./long-headline.ts";
import { PAGE_TYPES, pageOfEachType } from "./page-types.ts";

/** No reader page is wider than the narrowest phone: 320 CSS pixels, in every edition. */
const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const WIDTH = 320;

let browser: OpenBrowser;
beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: WIDTH, height: 640 } });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LOCALES)("the %s edition at 320 px", (locale) => {
  it("scrolls no page sideways, an article with a 200-character unbroken headline included", async () => {
    const pages: Record<string, string> = { ...(await pageOfEachType(webUrl, apiUrl, locale)) };
    const longHeadline = await publishLongHeadline(apiUrl, locale);
    pages["long headline"] = longHeadline;
    pages["long headline, lite"] = litePath(longHeadline);
    const page = await browser.context.newPage();
    const tooWide: Record<string, number> = {};
    for (const [type, path] of Object.entries(pages)) {
      const response = await page.goto(`${webUrl}${path}`);
      expect(response?.status(), `${type} ${path}`).toBe(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > WIDTH) tooWide[`${type} ${decodeURI(path)}`] = width;
    }
    expect(Object.keys(pages)).toEqual(expect.arrayContaining([...PAGE_TYPES]));
    expect(tooWide).toEqual({});
    // The headline is there, whole, in the page's text.
    await page.goto(`${webUrl}${longHeadline}`);
    expect(await page.locator("h1").first().textContent()).toBe(unbrokenHeadline(locale));
    await page.close();
  });
});
