import { gzipSync } from "node:zlib";
import { LOCALES } from "@sahifa/domain/locales";
import { describe, expect, inject, it } from "vitest";
import { litePath } from "../app/render/lite-mode.ts";
import { PAGE_TYPES, pageOfEachType } from "./page-types.ts";

/** Lite pages (docs/architecture/052-lite-pages.md): what a reader on a poor connection downloads. */
const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");

/** The budget of a lite page: its HTML and its stylesheets, gzip. */
const LITE_BUDGET_BYTES = 30 * 1024;

const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;

describe.each(LOCALES)("lite pages of the %s edition", (locale) => {
  it("weigh at most 30 KB of HTML and CSS gzip, with no script and no web font", async () => {
    const pages = await pageOfEachType(webUrl, apiUrl, locale);
    const weights: Record<string, number> = {};
    for (const type of PAGE_TYPES) {
      const path = type === "lite" ? pages.lite : litePath(pages[type]);
      const response = await fetch(`${webUrl}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).not.toMatch(/<script(?! type="application\/ld\+json")/);
      expect(html, path).not.toContain("woff2");
      const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
        (match) => match[1]!,
      );
      expect(stylesheets.length, path).toBeGreaterThan(0);
      let css = "";
      for (const href of stylesheets) css += await (await fetch(`${webUrl}${href}`)).text();
      expect(css, path).not.toContain("@font-face");
      weights[type] = gzipBytes(html) + gzipBytes(css);
      // The full page is the one to index.
      const full = type === "lite" ? pages.article : pages[type];
      expect(html, path).toContain(
        `<link rel="canonical" href="${new URL(full.split("?")[0]!, webUrl).href}`,
      );
    }
    console.log(`lite ${locale} (bytes gzip, HTML + CSS): ${JSON.stringify(weights)}`);
    for (const [type, bytes] of Object.entries(weights))
      expect(bytes, type).toBeLessThanOrEqual(LITE_BUDGET_BYTES);
  });

  it("is linked from the footer of every full page", async () => {
    const pages = await pageOfEachType(webUrl, apiUrl, locale);
    for (const type of PAGE_TYPES.filter((type) => type !== "lite" && type !== "search")) {
      const html = await (await fetch(`${webUrl}${pages[type]}`)).text();
      const lite = new URL(litePath(pages[type]), webUrl).pathname;
      expect(html, type).toContain(`<a href="${lite}" data-testid="lite-version">`);
    }
  });
});
