import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import { deskAccount, deskToken, graphqlCall } from "@sahifa/e2e-harness/desk-fixtures";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/*
 * Writing an original, end to end in Chromium against the built desk and a real API: an
 * Arabic editor creates a story with a photo uploaded from disk, writes paragraphs with bold
 * and a link, finds them again after a reload, changes a fact and sees it in the history.
 * Bad input: a file that is not an image is refused in Arabic with the accepted types, and a
 * refused save keeps what was typed.
 */

const deskUrl = inject("deskUrl");
const apiUrl = inject("apiUrl");
const browsers: OpenBrowser[] = [];
const editor = deskAccount("editor.ar@sahifa.example");
let token: string;
let photo: Buffer;

let signedInContext: OpenBrowser["context"] | null = null;

/**
 * A page of the Arabic editor's browser. It signs in once for the file: sign-ins are
 * throttled per account, and the translation suite signs this editor in too.
 */
async function signedIn(): Promise<Page> {
  if (signedInContext) return signedInContext.newPage();
  const browser = await openBrowser();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto(`${deskUrl}/ar/sign-in`);
  await page.fill('input[name="email"]', editor.email);
  await page.fill('input[name="password"]', editor.password);
  await Promise.all([page.waitForURL(`${deskUrl}/ar`), page.click('.desk-sign-in button[type="submit"]')]);
  signedInContext = browser.context;
  return page;
}

async function mediaCount(): Promise<number> {
  const data = await graphqlCall<{ mediaLibrary: { items: unknown[] } }>(
    apiUrl,
    "{ mediaLibrary(first: 100) { items { id } } }",
    {},
    token,
  );
  return data.mediaLibrary.items.length;
}

/**
 * Selects `text` inside the field the way a mouse drag would (a DOM selection the editor
 * follows); with `caretAfter`, puts the cursor that many characters into it instead.
 */
async function selectText(page: Page, field: string, text: string, caretAfter?: number): Promise<void> {
  await page.locator(field).evaluate(
    (element, [wanted, caret]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, caret === null ? at : at + caret);
        range.setEnd(node, caret === null ? at + wanted.length : at + caret);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in the field`);
    },
    [text, caretAfter ?? null] as const,
  );
  // The editor reads the DOM selection on selectionchange, which fires asynchronously.
  await page.waitForTimeout(50);
}

beforeAll(async () => {
  token = await deskToken(apiUrl, editor.email);
  // Our own photo: a small gradient, made here rather than shipped.
  photo = await sharp({ create: { width: 96, height: 64, channels: 3, background: "#2f6b8f" } })
    .jpeg({ quality: 80 })
    .toBuffer();
});

afterAll(async () => {
  await Promise.all(browsers.map((browser) => browser.close()));
});

describe("desk: writing an original", () => {
  let articleId: number;
  const title = `المياه تعود إلى قنوات الري القديمة ${Date.now()}`;

  it("refuses a file that is not an image, in Arabic with the accepted types, and stores nothing", async () => {
    const page = await signedIn();
    await Promise.all([
      page.waitForURL(`${deskUrl}/ar/articles/new`),
      page.click('[data-testid="header-new-article"]'),
    ]);
    const before = await mediaCount();
    await page.fill("#new-title", title);
    await page.setInputFiles("#fact-file", {
      name: "photo.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("هذا نص وليس صورة"),
    });
    await page.fill("#fact-alt", "قناة ري");
    await Promise.all([page.waitForLoadState("load"), page.click('[data-testid="create-article"]')]);
    const error = await page.locator("#fact-file-error").textContent();
    expect(error).toContain("المقبول: صور JPEG أو PNG أو WebP أو AVIF");
    // Nothing typed is lost, nothing was stored.
    expect(await page.inputValue("#new-title")).toBe(title);
    expect(await mediaCount()).toBe(before);
    expect(new URL(page.url()).pathname).toBe("/ar/articles/new");
  });

  it("creates the original with a photo from disk and opens its editor, right to left", async () => {
    const page = await signedIn();
    await page.goto(`${deskUrl}/ar/articles/new`);
    await page.fill("#new-title", title);
    await page.fill("#new-summary", "عادت المياه إلى القنوات بعد ترميمها.");
    await page.selectOption("#fact-section", "news");
    await page.setInputFiles("#fact-file", { name: "qanat.jpg", mimeType: "image/jpeg", buffer: photo });
    await page.fill("#fact-alt", "قناة ري حجرية تجري فيها المياه");
    await Promise.all([
      page.waitForURL(/\/ar\/articles\/\d+\/ar$/),
      page.click('[data-testid="create-article"]'),
    ]);
    articleId = Number(new URL(page.url()).pathname.split("/")[3]);
    const form = page.locator('[data-testid="editor-form"][data-live="true"]');
    await form.waitFor();
    // One column in the article's own language: no "source" and "target".
    expect(await form.getAttribute("dir")).toBe("rtl");
    expect(await page.locator(".desk-columns").count()).toBe(0);
    expect(await page.inputValue('[data-testid="original-title"] input')).toBe(title);

    const facts = await graphqlCall<{ deskArticle: { leadMediaId: string | null } }>(
      apiUrl,
      "query ($id: ID!) { deskArticle(id: $id) { leadMediaId } }",
      { id: String(articleId) },
      token,
    );
    expect(facts.deskArticle.leadMediaId).not.toBeNull();
  });

  it("writes paragraphs with bold and a link, and the autosave keeps them across a reload", async () => {
    const page = await signedIn();
    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar`);
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    const first = '[data-block="0"] [data-testid="paragraph-field"]';
    await page.click(first);
    await page.keyboard.type("قال المزارعون إن المياه عادت بعد عشر سنوات بحسب التقرير.");
    await selectText(page, first, "عشر سنوات");
    await page.click('[data-block="0"] [data-testid="tool-bold"]');
    await selectText(page, first, "التقرير");
    await page.click('[data-block="0"] [data-testid="tool-link"]');
    await page.fill('[data-block="0"] [data-testid="link-href"]', "https://example.org/qanat");
    await page.click('[data-block="0"] [data-testid="link-apply"]');

    // Enter ends the paragraph and starts the next one, with the cursor in it.
    await page.click(first);
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    // The new paragraph takes the cursor once it is rendered; keys sent before that reach the old one.
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest("[data-block]")?.getAttribute("data-block")),
      )
      .toBe("1");
    await page.keyboard.type("ويأمل السكان أن تكفي المياه حتى الصيف.");
    // A heading added with the block editor, then moved above that paragraph.
    await page.selectOption('[data-testid="add-block-type"]', "heading");
    await page.click('[data-testid="add-block"]');
    await page.fill('[data-block="2"] [data-testid="heading-text"]', "قنوات من القرن الماضي");
    await page.click('[data-block="2"] [data-testid="move-up"]');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });

    await page.reload();
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    expect(
      await page
        .locator('[data-testid="original-block"]')
        .evaluateAll((blocks) => blocks.map((block) => block.getAttribute("data-type"))),
    ).toEqual(["paragraph", "heading", "paragraph"]);
    const field = page.locator(first);
    expect(await field.locator("strong").textContent()).toBe("عشر سنوات");
    expect(await field.locator("a").getAttribute("href")).toBe("https://example.org/qanat");
    expect(await page.inputValue('[data-block="1"] [data-testid="heading-text"]')).toBe(
      "قنوات من القرن الماضي",
    );
    expect(await page.locator('[data-block="2"] [data-testid="paragraph-field"]').textContent()).toBe(
      "ويأمل السكان أن تكفي المياه حتى الصيف.",
    );

    // Stored as the domain's inline runs, never as HTML.
    const head = await graphqlCall<{ deskTranslation: { head: { body: unknown[] } } }>(
      apiUrl,
      "query ($id: ID!) { deskTranslation(articleId: $id, locale: ar) { head { body } } }",
      { id: String(articleId) },
      token,
    );
    expect(head.deskTranslation.head.body[0]).toEqual({
      type: "paragraph",
      content: [
        { text: "قال المزارعون إن المياه عادت بعد " },
        { text: "عشر سنوات", marks: ["bold"] },
        { text: " بحسب " },
        { text: "التقرير", href: "https://example.org/qanat" },
        { text: "." },
      ],
    });
  });

  it("splits a paragraph at the cursor with Enter and joins it back with Backspace, marks and all", async () => {
    const page = await signedIn();
    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar`);
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    const headBody = async () =>
      (
        await graphqlCall<{ deskTranslation: { head: { body: unknown[] } } }>(
          apiUrl,
          "query ($id: ID!) { deskTranslation(articleId: $id, locale: ar) { head { body } } }",
          { id: String(articleId) },
          token,
        )
      ).deskTranslation.head.body;
    const original = (await headBody())[0];

    // The cursor inside the bold words, after "عشر".
    await page.click('[data-block="0"] [data-testid="paragraph-field"]');
    await selectText(page, '[data-block="0"] [data-testid="paragraph-field"]', "عشر سنوات", 3);
    await page.keyboard.press("Enter");
    await expect.poll(headBody, { timeout: 15_000 }).toHaveLength(4);
    const split = await headBody();
    expect(split[0]).toEqual({
      type: "paragraph",
      content: [{ text: "قال المزارعون إن المياه عادت بعد " }, { text: "عشر", marks: ["bold"] }],
    });
    expect(split[1]).toEqual({
      type: "paragraph",
      content: [
        { text: " سنوات", marks: ["bold"] },
        { text: " بحسب " },
        { text: "التقرير", href: "https://example.org/qanat" },
        { text: "." },
      ],
    });
    expect(await page.locator('[data-testid="original-block"]').count()).toBe(4);

    // The cursor is at the start of the new paragraph: Backspace joins it back, as it was.
    await page.keyboard.press("Backspace");
    await expect.poll(headBody, { timeout: 15_000 }).toHaveLength(3);
    expect((await headBody())[0]).toEqual(original);
    // Typing goes on where the two met.
    await page.keyboard.type("ـ");
    expect(await page.locator('[data-block="0"] [data-testid="paragraph-field"]').textContent()).toContain(
      "عشرـ سنوات",
    );
    await page.keyboard.press("Backspace");
    await expect.poll(async () => (await headBody())[0], { timeout: 15_000 }).toEqual(original);

    // Settled before the next test saves on its own (the join back is the last change).
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
  });

  it("loses nothing typed when a save is refused because someone else saved first", async () => {
    const page = await signedIn();
    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar`);
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    // Another desk saves a new head meanwhile.
    const current = await graphqlCall<{
      deskTranslation: { head: { id: string; title: string; slug: string; summary: string; body: unknown } };
    }>(
      apiUrl,
      "query ($id: ID!) { deskTranslation(articleId: $id, locale: ar) { head { id title slug summary body } } }",
      { id: String(articleId) },
      token,
    );
    const { head } = current.deskTranslation;
    const saved = await graphqlCall<{ saveTranslation: { __typename: string } }>(
      apiUrl,
      `mutation ($id: ID!, $based: ID!, $content: TranslationContentInput!) {
        saveTranslation(articleId: $id, locale: ar, basedOnRevisionId: $based, content: $content) { __typename }
      }`,
      {
        id: String(articleId),
        based: head.id,
        content: { title: head.title, slug: head.slug, summary: "ملخص كتبه محرر آخر.", body: head.body },
      },
      token,
    );
    expect(saved.saveTranslation.__typename).toBe("TranslationSaved");

    await page.click('[data-block="2"] [data-testid="paragraph-field"]');
    await page.keyboard.press("End");
    await page.keyboard.type(" جملة لم تُحفظ بعد.");
    await page.locator('[data-testid="conflict"]').waitFor({ timeout: 15_000 });
    // The refused text is all there, beside theirs, and still in the browser.
    expect(await page.locator('[data-testid="mine-text"]').inputValue()).toContain("جملة لم تُحفظ بعد.");
    const stored = await page.evaluate(() =>
      Object.entries(localStorage).find(([key]) => key.startsWith("sahifa:desk:draft:")),
    );
    expect(stored?.[1]).toContain("جملة لم تُحفظ بعد.");
  });

  it("changes a fact on the facts page and shows the change in its history", async () => {
    const page = await signedIn();
    await page.goto(`${deskUrl}/ar/articles/${articleId}/ar`);
    await Promise.all([
      page.waitForURL(`${deskUrl}/ar/articles/${articleId}/facts`),
      page.click('[data-testid="facts-link"]'),
    ]);
    expect(await page.locator('[data-testid="fact-change"]').count()).toBe(1);
    await page.selectOption("#fact-region", "europe");
    await Promise.all([
      page.waitForURL(`${deskUrl}/ar/articles/${articleId}/facts?saved=1`),
      page.click('[data-testid="save-facts"]'),
    ]);
    await page.locator('[data-testid="facts-saved"]').waitFor();
    const changes = page.locator('[data-testid="fact-change"]');
    expect(await changes.count()).toBe(2);
    // Newest first: who, and the region before and after, in Arabic.
    const newest = await changes.first().textContent();
    expect(newest).toContain("المنطقة");
    expect(newest).toContain("أوروبا");
    expect(await page.inputValue("#fact-region")).toBe("europe");
  });

  it("orders the byline with the keyboard, and keeps that order", async () => {
    const page = await signedIn();
    await page.goto(`${deskUrl}/ar/articles/${articleId}/facts`);
    const byline = page.locator('[data-testid="byline"]');
    await byline.locator('input[value="layla-haddad"]').check();
    await byline.locator('input[value="omar-benali"]').check();
    const order = () =>
      byline.locator("ol li").evaluateAll((items) => items.map((item) => item.getAttribute("data-author")));
    expect(await order()).toEqual(["layla-haddad", "omar-benali"]);
    // Keyboard only: to the second author's "move up" button, and Enter.
    await byline.locator('[data-author="omar-benali"] [data-testid="author-up"]').focus();
    await page.keyboard.press("Enter");
    expect(await order()).toEqual(["omar-benali", "layla-haddad"]);
    // The cursor stays with the author it moved (now first, so on "move down"), and it is said.
    expect(
      await page.evaluate(() => [
        document.activeElement?.closest("li")?.getAttribute("data-author"),
        document.activeElement?.getAttribute("data-testid"),
      ]),
    ).toEqual(["omar-benali", "author-down"]);
    expect(await byline.locator('[role="status"]').textContent()).toContain("1");
    await Promise.all([
      page.waitForURL(`${deskUrl}/ar/articles/${articleId}/facts?saved=1`),
      page.click('[data-testid="save-facts"]'),
    ]);
    expect(await order()).toEqual(["omar-benali", "layla-haddad"]);
    const facts = await graphqlCall<{ deskArticle: { authorSlugs: string[] } }>(
      apiUrl,
      "query ($id: ID!) { deskArticle(id: $id) { authorSlugs } }",
      { id: String(articleId) },
      token,
    );
    expect(facts.deskArticle.authorSlugs).toEqual(["omar-benali", "layla-haddad"]);
  });
});
