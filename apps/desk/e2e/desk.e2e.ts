import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import {
  createPublishedOriginal,
  deskAccount,
  graphqlCall,
  republishOriginal,
} from "@sahifa/e2e-harness/desk-fixtures";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/*
 * The desk end to end, in Chromium against the built desk and a real API: a Spanish
 * translator signs in, fills an article from its English source, translates, saves, previews
 * and submits; an editor for Spanish publishes and the API serves it to readers of /es. An
 * Arabic editor's editor view is right to left. What readers' pages show is the reader
 * editions' own suite; here the API answers for them.
 */

const deskUrl = inject("deskUrl");
const apiUrl = inject("apiUrl");
const readerUrl = inject("readerUrl");

let article: { id: number; title: string; englishUrl: string; blockCount: number };
const browsers: OpenBrowser[] = [];

async function signedInPage(
  email: string,
  password: string,
  ui: "en" | "ar" | "es",
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const browser = await openBrowser(options);
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto(`${deskUrl}/${ui}`);
  // Not signed in: the desk sends us to its sign-in page, in the desk's UI language.
  expect(new URL(page.url()).pathname).toBe(`/${ui}/sign-in`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL(`${deskUrl}/${ui}`), page.click('.desk-sign-in button[type="submit"]')]);
  return page;
}

function editorUrl(ui: string, target: string): string {
  return `${deskUrl}/${ui}/articles/${article.id}/${target}`;
}

beforeAll(async () => {
  article = await createPublishedOriginal(apiUrl);
});

afterAll(async () => {
  await Promise.all(browsers.map((browser) => browser.close()));
});

describe("desk: translate, review, publish", () => {
  it("a Spanish translator fills the article from English, translates, saves and submits", async () => {
    const translator = deskAccount("translator.en-es@sahifa.example");
    const page = await signedInPage(translator.email, translator.password, "es");

    // The session cookie is HttpOnly: page scripts cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain("sahifa_desk");

    const row = page.locator(`tr[data-article="${article.id}"][data-target="es"]`);
    await row.waitFor();
    expect(await row.locator(".desk-status").getAttribute("class")).toContain("desk-status-missing");
    await Promise.all([page.waitForURL(editorUrl("es", "es")), row.locator("a").first().click()]);

    await Promise.all([page.waitForLoadState("load"), page.click('[data-testid="fill-from-source"]')]);
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    // Filled from source: the English text stands in the Spanish fields, block by block.
    expect(await page.inputValue('[data-testid="target-title"] input')).toBe(article.title);
    expect(await page.locator('[data-testid="target-block"]').count()).toBe(article.blockCount);

    await page.fill(
      '[data-testid="target-title"] input',
      "Los pueblos del río se preparan para las crecidas",
    );
    await page.fill('[data-testid="target-summary"] textarea', "Los voluntarios llenan sacos terreros.");
    const fields = page.locator('[data-testid="target-block"] textarea, [data-testid="target-block"] input');
    const count = await fields.count();
    for (let index = 0; index < count; index++) {
      await fields.nth(index).fill(`Texto traducido número ${index + 1}.`);
    }
    // A paragraph is one rich-text field: its English text replaced in place.
    const paragraphs = page.locator('[data-testid="target-block"] [data-testid="paragraph-field"]');
    expect(await paragraphs.count()).toBe(1);
    await paragraphs.first().click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("El río subió medio metro durante la noche.");
    // The slug followed the translated title until someone edits it.
    expect(await page.inputValue('[data-testid="target-slug"] input')).toBe(
      "los-pueblos-del-rio-se-preparan-para-las-crecidas",
    );

    await page.click('[data-testid="save"]');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    // Saved for real: a reload shows the Spanish text from the API, and no stale local draft.
    await page.reload();
    expect(await page.inputValue('[data-testid="target-title"] input')).toBe(
      "Los pueblos del río se preparan para las crecidas",
    );
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("sahifa:desk"))),
    ).toEqual([]);

    // A translator may submit, never publish.
    expect(
      await page
        .locator("[data-action]")
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-action"))),
    ).toEqual(["submit"]);
    await Promise.all([page.waitForLoadState("load"), page.click('[data-action="submit"]')]);
    await page.locator('[data-testid="status"]').waitFor();
    expect(await page.locator("article.desk-article").getAttribute("data-status")).toBe("in_review");
  });

  it("previews the draft and an older revision on the reader editions, for those who may read it only", async () => {
    const translator = deskAccount("translator.en-es@sahifa.example");
    const page = await signedInPage(translator.email, translator.password, "es");
    const previewed = async (button: Locator) => {
      const [tab] = await Promise.all([page.context().waitForEvent("page"), button.click()]);
      await tab.waitForURL(new RegExp(`^${readerUrl}/preview/`));
      const token = decodeURIComponent(new URL(tab.url()).pathname.slice("/preview/".length));
      await tab.close();
      const { articlePreview } = await graphqlCall<{
        articlePreview: { title: string; locale: string } | null;
      }>(apiUrl, "query ($token: String!) { articlePreview(token: $token) { title locale } }", { token });
      return { token, preview: articlePreview };
    };

    await page.goto(editorUrl("es", "es"));
    const head = await previewed(page.locator('[data-testid="preview"][data-preview="head"]'));
    expect(head.preview).toEqual({
      title: "Los pueblos del río se preparan para las crecidas",
      locale: "es",
    });
    // Readers still get nothing in Spanish: only the token shows the draft.
    const { article: forReaders } = await graphqlCall<{ article: unknown }>(
      apiUrl,
      "query ($id: ID!) { article(id: $id, locale: es) { title } }",
      { id: String(article.id) },
    );
    expect(forReaders).toBeNull();

    // From the history: the first revision, filled from the English source, shows its English title.
    await page.goto(`${editorUrl("es", "es")}/revisions`);
    const oldest = page.locator("[data-revision]").last();
    const oldestId = await oldest.getAttribute("data-revision");
    const old = await previewed(oldest.locator('[data-testid="preview"]'));
    expect(old.token.split(".")[2]).toBe(oldestId);
    expect(old.preview?.title).toBe(article.title);

    // A translator into Arabic is offered no preview of the Spanish draft, and asking anyway is refused.
    const other = deskAccount("translator.en-ar@sahifa.example");
    const arabic = await signedInPage(other.email, other.password, "es");
    await arabic.goto(editorUrl("es", "es"));
    expect(await arabic.locator('[data-testid="preview"]').count()).toBe(0);
    const refused = await arabic.evaluate(
      async (url) => {
        const response = await fetch(url, {
          method: "POST",
          body: new URLSearchParams(),
          redirect: "manual",
        });
        return { status: response.status, text: await response.text() };
      },
      `${editorUrl("es", "es")}/preview`,
    );
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('data-testid="preview-refused"');
    expect(refused.text).not.toContain("/preview/");
  });

  it("keeps unsaved edits in the browser across a reload", async () => {
    const translator = deskAccount("translator.en-es@sahifa.example");
    const page = await signedInPage(translator.email, translator.password, "es");
    await page.goto(editorUrl("es", "es"));
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    const summary = page.locator('[data-testid="target-summary"] textarea');
    await summary.fill("Los voluntarios llenan sacos terreros junto al puente.");
    // Reload before the autosave delay has run out: the text is only in localStorage.
    await page.reload();
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    await page.locator(".desk-notice[role=status]").waitFor();
    expect(await summary.inputValue()).toBe("Los voluntarios llenan sacos terreros junto al puente.");
    // Restored edits are saved as usual.
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  });

  it("an editor for Spanish publishes, and readers of /es get the translation", async () => {
    const editor = deskAccount("editor.es@sahifa.example");
    const page = await signedInPage(editor.email, editor.password, "es");
    await page.goto(editorUrl("es", "es"));
    page.once("dialog", (dialog) => void dialog.accept());
    await Promise.all([page.waitForLoadState("load"), page.click('[data-action="publish"]')]);
    await page.locator('article.desk-article[data-status="published"]').waitFor();

    // Readers of /es get it now, at its Spanish URL, and the English edition links to it.
    const { article: spanish } = await graphqlCall<{
      article: { title: string; url: string; translations: Array<{ locale: string; url: string }> } | null;
    }>(
      apiUrl,
      "query ($id: ID!) { article(id: $id, locale: es) { title url translations { locale url } } }",
      {
        id: String(article.id),
      },
    );
    expect(spanish?.title).toBe("Los pueblos del río se preparan para las crecidas");
    expect(spanish?.url).toMatch(
      new RegExp(`^/es/.+/${article.id}/los-pueblos-del-rio-se-preparan-para-las-crecidas$`),
    );
    expect(spanish?.translations.map((translation) => translation.locale).sort()).toEqual(["en", "es"]);
  });

  it("an Arabic editor's editor view has the target side right to left", async () => {
    const editor = deskAccount("editor.ar@sahifa.example");
    const page = await signedInPage(editor.email, editor.password, "ar");
    await page.goto(editorUrl("ar", "ar"));
    await Promise.all([page.waitForLoadState("load"), page.click('[data-testid="fill-from-source"]')]);
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    const direction = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).direction);
    expect(await direction('[data-testid="target-title"] input')).toBe("rtl");
    expect(await direction('[data-testid="target-block"] [data-testid="paragraph-field"]')).toBe("rtl");
    expect(await direction('[data-testid="target-block"] textarea')).toBe("rtl");
    // The source stays English, left to right, beside it.
    expect(await direction(".desk-source")).toBe("ltr");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
  });

  it("works without JavaScript: an Arabic translator signs in and saves with the Save button", async () => {
    const translator = deskAccount("translator.en-ar@sahifa.example");
    const page = await signedInPage(translator.email, translator.password, "ar", {
      javaScriptEnabled: false,
    });
    await page.goto(editorUrl("ar", "ar"));
    await page.fill('[data-testid="target-title"] input', "مدن النهر تستعد لفيضانات الربيع");
    // A plain form post: the server saves and answers with the page, saved.
    await Promise.all([page.waitForLoadState("load"), page.click('[data-testid="save"]')]);
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.goto(editorUrl("ar", "ar"));
    expect(await page.inputValue('[data-testid="target-title"] input')).toBe(
      "مدن النهر تستعد لفيضانات الربيع",
    );
    // A translator gets no publish button here either.
    expect(await page.locator('[data-action="publish"]').count()).toBe(0);
  });

  it("two people save at once: the conflict screen shows both, keeps mine on top, and the history keeps theirs", async () => {
    const translator = deskAccount("translator.en-es@sahifa.example");
    const editor = deskAccount("editor.es@sahifa.example");
    const mine = await signedInPage(translator.email, translator.password, "es");
    const theirs = await signedInPage(editor.email, editor.password, "en");
    await mine.goto(editorUrl("es", "es"));
    await theirs.goto(editorUrl("en", "es"));
    await theirs.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    await mine.locator('[data-testid="editor-form"][data-live="true"]').waitFor();

    await theirs.fill('[data-testid="target-summary"] textarea', "Resumen de la editora.");
    await theirs.click('[data-testid="save"]');
    await theirs.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    // My autosave is based on the revision I opened: the API refuses it and nothing is overwritten.
    await mine.fill('[data-testid="target-summary"] textarea', "Resumen del traductor.");
    await mine.locator('[data-testid="conflict"]').waitFor();
    expect(await mine.locator('[data-testid="yours-summary"]').textContent()).toBe("Resumen del traductor.");
    expect(await mine.locator('[data-testid="theirs-summary"]').textContent()).toBe("Resumen de la editora.");

    await Promise.all([mine.waitForLoadState("load"), mine.click('[data-testid="keep-mine"]')]);
    // A whole-page post: wait for its answer, or the next visit would cancel it.
    await mine.locator('[data-testid="conflict"]').waitFor({ state: "detached" });
    await mine.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await mine.goto(editorUrl("es", "es"));
    expect(await mine.inputValue('[data-testid="target-summary"] textarea')).toBe("Resumen del traductor.");

    // Both saves are in the history; comparing the two newest shows the summary change.
    await mine.goto(`${editorUrl("es", "es")}/revisions`);
    const rows = mine.locator("[data-revision]");
    const newest = Number(await rows.nth(0).getAttribute("data-revision"));
    const previous = Number(await rows.nth(1).getAttribute("data-revision"));
    await mine.goto(`${editorUrl("es", "es")}/revisions?from=${previous}&to=${newest}`);
    const compare = mine.locator('[data-testid="compare"]');
    expect(await compare.textContent()).toContain("Resumen de la editora.");
    expect(await compare.textContent()).toContain("Resumen del traductor.");

    // Restoring theirs appends it as a new head; nothing is deleted.
    const revisionCount = await rows.count();
    await Promise.all([mine.waitForLoadState("load"), mine.click(`[data-restore="${previous}"]`)]);
    await mine.locator('[data-testid="result-notice"]').waitFor();
    expect(await rows.count()).toBe(revisionCount + 1);
    await mine.goto(editorUrl("es", "es"));
    expect(await mine.inputValue('[data-testid="target-summary"] textarea')).toBe("Resumen de la editora.");
  });

  it("shows a published translation as outdated once the source is republished, and what changed", async () => {
    await republishOriginal(apiUrl, article.id, "Sandbags and pumps at the old bridge");
    const editor = deskAccount("editor.es@sahifa.example");
    const page = await signedInPage(editor.email, editor.password, "es");
    await page.goto(`${deskUrl}/es?status=outdated`);
    await page.locator(`tr[data-article="${article.id}"][data-target="es"]`).waitFor();
    await page.goto(editorUrl("es", "es"));
    await Promise.all([
      page.waitForLoadState("load"),
      page.click(`a[href$="/${article.id}/es/source-changes"]`),
    ]);
    const changed = page.locator('[data-testid="block-diff"] tr[data-kind="changed"]');
    expect(await changed.count()).toBe(1);
    expect(await changed.textContent()).toContain("Sandbags and pumps at the old bridge");

    // The editor brings the Spanish heading up to date and says the text follows the new source.
    await page.goto(editorUrl("es", "es"));
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    await page.fill(`[name="block.1.text"]`, "Sacos terreros y bombas en el puente viejo");
    await page.check('input[name="sourceRevisionId"]');
    await page.click('[data-testid="save"]');
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.goto(editorUrl("es", "es"));
    expect(await page.locator(".desk-article-head .desk-status-outdated").count()).toBe(0);
  });

  it("an editor posts breaking news to their edition, takes it off, and signing out ends the session", async () => {
    const editor = deskAccount("editor.es@sahifa.example");
    const page = await signedInPage(editor.email, editor.password, "es");
    await page.goto(`${deskUrl}/es/breaking`);
    const text = `Última hora: el río vuelve a su cauce ${Date.now()}`;
    await page.fill('textarea[name="text"]', text);
    await page.fill('input[name="attribution"]', "Protección Civil");
    // The expiry starts six hours ahead, typed in the newsroom's zone (Asia/Qatar here).
    const inSixHours = await page.inputValue('input[name="expiresAt"]');
    expect(inSixHours).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    // A link the API refuses: the reason in Spanish, and nothing typed is lost.
    await page.fill('input[name="url"]', "ftp://example.org/aviso");
    await Promise.all([page.waitForLoadState("load"), page.click(".desk-breaking-form button[type=submit]")]);
    expect(await page.locator('.desk-breaking-form [role="alert"]').textContent()).toBe(
      "Los enlaces deben empezar por https://, http:// o /.",
    );
    expect(await page.inputValue('textarea[name="text"]')).toBe(text);
    expect(await page.inputValue('input[name="attribution"]')).toBe("Protección Civil");
    expect(await page.inputValue('input[name="expiresAt"]')).toBe(inSixHours);
    await page.fill('input[name="url"]', "");
    await Promise.all([page.waitForLoadState("load"), page.click(".desk-breaking-form button[type=submit]")]);
    await page.locator('[data-testid="breaking-items"]', { hasText: text }).waitFor();

    const onTicker = async () =>
      (
        await graphqlCall<{ breaking: Array<{ text: string }> }>(
          apiUrl,
          "{ breaking(locale: es, first: 50) { text } }",
          {},
        )
      ).breaking.map((item) => item.text);
    expect(await onTicker()).toContain(text);

    // Taken off the ticker at once.
    await page.goto(`${deskUrl}/es/breaking`);
    const item = page.locator('[data-testid="breaking-items"] li', { hasText: text });
    await Promise.all([page.waitForLoadState("load"), item.locator("button[data-expire]").click()]);
    expect(await page.locator('[data-testid="breaking-items"] li', { hasText: text }).count()).toBe(0);
    expect(await onTicker()).not.toContain(text);

    await page.goto(`${deskUrl}/es`);
    await Promise.all([page.waitForURL(/\/es\/sign-in/), page.click("form.desk-user button")]);
    await page.goto(`${deskUrl}/es`);
    expect(new URL(page.url()).pathname).toBe("/es/sign-in");
  });

  it("an editor posts a live update in the desk and the live story serves it to readers", async () => {
    const editor = deskAccount("editor.es@sahifa.example");
    const page = await signedInPage(editor.email, editor.password, "es");
    // The desk header leads to the live stories; the demo live story is there in Spanish.
    await Promise.all([page.waitForURL(`${deskUrl}/es/live`), page.click('.desk-nav a[href="/es/live"]')]);
    const story = page.locator('[data-testid="live-stories"] li[data-edition="es"] a').first();
    await Promise.all([page.waitForURL(/\/es\/live\?article=\d+&edition=es$/), story.click()]);
    // Refused without text: the form says why, in the desk's language.
    const title = `Reabre el puerto ${Date.now()}`;
    await page.fill('[data-testid="live-update-form"] input[name="title"]', title);
    await page.locator('[data-testid="live-update-form"] textarea[name="body"]').evaluate((area) => {
      (area as HTMLTextAreaElement).required = false;
    });
    await Promise.all([page.waitForLoadState("load"), page.click('[data-testid="live-update-form"] button')]);
    expect(await page.locator('[data-testid="live-update-form"] [role="alert"]').textContent()).toBe(
      "El campo «Texto» es obligatorio.",
    );
    expect(await page.inputValue('[data-testid="live-update-form"] input[name="title"]')).toBe(title);

    const body = "Capitanía autoriza la primera salida de ferris hacia las islas a las 18.00.";
    await page.fill('[data-testid="live-update-form"] textarea[name="body"]', body);
    await Promise.all([
      page.waitForURL(/&posted=\d+$/),
      page.click('[data-testid="live-update-form"] button'),
    ]);
    const newest = page.locator('[data-testid="desk-live-updates"] li').first();
    expect(await newest.textContent()).toContain(title);
    expect(await newest.getAttribute("class")).toContain("desk-live-update-new");
    await page.locator('.desk-notice[role="status"]').waitFor();

    // "View on the site" leads to the story's page in the Spanish reader edition, whose data lists it first.
    const onSite = new URL(
      (await page.locator('[data-testid="live-story-on-site"]').getAttribute("href")) ?? "",
    );
    expect(onSite.origin).toBe(readerUrl);
    expect(onSite.pathname).toMatch(/^\/es\//);
    const storyId = new URL(page.url()).searchParams.get("article");
    const { article: liveStory } = await graphqlCall<{
      article: { liveUpdates: Array<{ title: string | null; body: string }> } | null;
    }>(apiUrl, "query ($id: ID!) { article(id: $id, locale: es) { liveUpdates(first: 1) { title body } } }", {
      id: storyId,
    });
    expect(liveStory?.liveUpdates[0]).toEqual({ title, body });
  });

  it("loses nothing when the session ends mid-edit: sign in again and the text is back", async () => {
    const translator = deskAccount("translator.en-es@sahifa.example");
    const page = await signedInPage(translator.email, translator.password, "es");
    await page.goto(editorUrl("es", "es"));
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    await page.context().clearCookies();
    await page.fill(
      '[data-testid="target-summary"] textarea',
      "Escrito cuando la sesión ya había terminado.",
    );
    // The autosave finds no session: the desk asks to sign in and comes back to this editor.
    await page.waitForURL(/\/es\/sign-in\?next=/);
    // The frame knows nobody is signed in any more: no stale name or sign-out button. The
    // URL changes before React commits the page (a transition), so wait for the form first;
    // the header is part of the same commit.
    await page.locator(".desk-sign-in").waitFor();
    await page.locator('[data-testid="desk-user"]').waitFor({ state: "detached", timeout: 5_000 });
    await page.fill('input[name="email"]', translator.email);
    await page.fill('input[name="password"]', translator.password);
    await Promise.all([
      page.waitForURL(editorUrl("es", "es")),
      page.click('.desk-sign-in button[type="submit"]'),
    ]);
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    expect(await page.inputValue('[data-testid="target-summary"] textarea')).toBe(
      "Escrito cuando la sesión ya había terminado.",
    );
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  });
});
