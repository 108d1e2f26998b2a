import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import { createPublishedOriginal, deskAccount } from "@sahifa/e2e-harness/desk-fixtures";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/*
 * The desk's nonce Content-Security-Policy in Chromium: every page hydrates (React Router's
 * inline scripts, module preloads and lazily imported route modules all run) without one
 * violation, and a script slipped into the markup without the nonce does not run.
 */

const deskUrl = inject("deskUrl");
const apiUrl = inject("apiUrl");
let browser: OpenBrowser;
let articleId: number;

declare global {
  interface Window {
    cspViolations: string[];
    injectedScriptRan?: boolean;
  }
}

/** A page that records every CSP violation and console error from its first byte on. */
async function watchedPage(): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser.context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return { page, consoleErrors };
}

/**
 * Waits until React Router's client router exists, that is the page hydrated. Polled with
 * `evaluate`, which DevTools runs outside the page's policy: `waitForFunction` compiles its
 * predicate inside the page, and the policy rightly refuses that `eval`.
 */
async function hydrated(page: Page): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (await page.evaluate(() => "__reactRouterDataRouter" in window)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`${page.url()} did not hydrate`);
}

beforeAll(async () => {
  browser = await openBrowser();
  articleId = (await createPublishedOriginal(apiUrl)).id;
});

afterAll(async () => {
  await browser?.close();
});

describe("desk Content-Security-Policy", () => {
  it("hydrates sign-in, the queue and the editor in every UI language with no violation", async () => {
    const { page, consoleErrors } = await watchedPage();
    const editor = deskAccount("editor.en@sahifa.example");
    for (const ui of ["ar", "es", "en"]) {
      await page.goto(`${deskUrl}/${ui}/sign-in`);
      await hydrated(page);
      expect(await page.evaluate(() => window.cspViolations), `/${ui}/sign-in`).toEqual([]);
    }
    await page.fill('input[name="email"]', editor.email);
    await page.fill('input[name="password"]', editor.password);
    await Promise.all([page.waitForURL(`${deskUrl}/en`), page.click('.desk-sign-in button[type="submit"]')]);
    await hydrated(page);
    expect(await page.evaluate(() => window.cspViolations), "queue").toEqual([]);
    await page.goto(`${deskUrl}/en/articles/${articleId}/en`);
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    expect(await page.evaluate(() => window.cspViolations), "editor").toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await page.close();
  });

  it("blocks an inline script that lacks the page's nonce", async () => {
    const { page } = await watchedPage();
    // Stands in for markup an attacker managed to get into a page: served with the page's own headers.
    await page.route(`${deskUrl}/en/sign-in`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        "</body>",
        "<script>window.injectedScriptRan = true</script></body>",
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${deskUrl}/en/sign-in`);
    await hydrated(page);
    expect(await page.evaluate(() => window.injectedScriptRan)).toBeUndefined();
    expect(await page.evaluate(() => window.cspViolations)).toContainEqual(
      expect.stringMatching(/^script-src/),
    );
    await page.close();
  });
});
