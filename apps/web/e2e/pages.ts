import type { Page } from "playwright-core";

/** Helpers the end-to-end tests and the screenshot script share to find their way on a page. */

/** The path of the first article linked from the current page (the lead story on a front page). */
export async function firstArticlePath(page: Page): Promise<string> {
  const href = await page
    .locator("main article[data-article-id] .teaser-title a")
    .first()
    .getAttribute("href");
  if (!href) throw new Error(`no article link on ${page.url()}`);
  return href;
}
