import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { LOCALES } from "@sahifa/domain/locales";
import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { firstArticlePath } from "./pages.ts";

/** The dark scheme keeps every text readable (axe's contrast rule); print keeps the story only. */
const webUrl = inject("webUrl");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: OpenBrowser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function contrastViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return axe.run(document, { runOnly: ["color-contrast"] });
  });
  return (
    results.violations as Array<{ nodes: Array<{ target: string[]; failureSummary: string }> }>
  ).flatMap((violation) => violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary}`));
}

describe.each(LOCALES)("the %s edition", (locale) => {
  it("is dark when the reader's system is, with every text in contrast", async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${webUrl}/${locale}`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(18, 20, 23)");
    expect(await contrastViolations(page)).toEqual([]);
    await page.goto(`${webUrl}${await firstArticlePath(page)}`);
    expect(await contrastViolations(page)).toEqual([]);
    await page.close();
  });

  it("prints the article without navigation, ticker or sharing", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${webUrl}/${locale}`);
    await page.goto(`${webUrl}${await firstArticlePath(page)}`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".main-nav", ".edition-switcher", ".app-links"]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator("h1.article-title").isVisible()).toBe(true);
    expect(await page.locator(".article-body").isVisible()).toBe(true);
    await page.close();
  });
});
