import path from "node:path";
import { fileURLToPath } from "node:url";
import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import { deskAccount } from "@sahifa/e2e-harness/desk-fixtures";
import { type RunningServer, startApi, startBuiltApp } from "@sahifa/e2e-harness/servers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * The built desk against a built API that executes only the manifest `pnpm build` wrote from
 * the apps' documents (TRUSTED_DOCUMENTS_ONLY=1, docs/architecture/035-trusted-documents.md):
 * signing in and the queue it opens on go by id.
 */

const deskRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

let api: RunningServer;
let desk: RunningServer;
let browser: OpenBrowser;
beforeAll(async () => {
  api = await startApi({ TRUSTED_DOCUMENTS_ONLY: "1" });
  desk = await startBuiltApp({
    name: "desk",
    cwd: deskRoot,
    nodeArgs: ["build/start/start.js"],
    env: { API_URL: api.url },
  });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await desk?.stop();
  await api?.stop();
});

describe("the desk on an API that takes only trusted documents", () => {
  it("signs in and opens the queue", async () => {
    const { email, password } = deskAccount("editor.es@sahifa.example");
    const page = await browser.context.newPage();
    await page.goto(`${desk.url}/es/sign-in`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await Promise.all([page.waitForURL(`${desk.url}/es`), page.click('.desk-sign-in button[type="submit"]')]);
    // The URL changes before React has rendered the queue in place of the form: wait for the queue itself.
    await page.getByTestId("queue").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    expect(await page.locator(".desk-sign-in").count()).toBe(0);
  });

  it("shows a wrong password on the form, as the API's refusal of it", async () => {
    // Signed out again: the test before left a session cookie.
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await page.goto(`${desk.url}/en/sign-in`);
    await page.fill('input[name="email"]', "editor.en@sahifa.example");
    await page.fill('input[name="password"]', "not the password");
    await page.click('.desk-sign-in button[type="submit"]');
    await expect(page.getByTestId("sign-in-error").textContent()).resolves.toMatch(/\S/);
    expect(new URL(page.url()).pathname).toBe("/en/sign-in");
  });
});
