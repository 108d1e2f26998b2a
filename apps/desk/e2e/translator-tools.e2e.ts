import { type OpenBrowser, openBrowser } from "@sahifa/e2e-harness/browser";
import {
  createPublishedOriginal,
  deskAccount,
  deskToken,
  graphqlCall,
} from "@sahifa/e2e-harness/desk-fixtures";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/*
 * The translator's tools in Chromium against the built desk and a real API: the memory
 * offers an earlier Spanish paragraph, inserted with its bold text; the glossary flags the
 * variant it uses; a refused save or unsaved text keeps submit closed and says why; a
 * conflict is resolved part by part; untranslated text reaches readers only through an
 * override note, which the history then shows.
 */

const deskUrl = inject("deskUrl");
const apiUrl = inject("apiUrl");
const browsers: OpenBrowser[] = [];

/** The Spanish of the fixture's first paragraph, with the variant the glossary forbids. */
const REMEMBERED = [
  { text: "El riachuelo subió " },
  { text: "medio metro", marks: ["bold"] },
  { text: " durante la noche porque la nieve se derritió pronto en las colinas." },
];

let articleId: number;

async function call<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  return graphqlCall<T>(apiUrl, query, variables, token);
}

async function signedIn(email: string, ui: "en" | "ar" | "es"): Promise<Page> {
  const account = deskAccount(email);
  const browser = await openBrowser();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto(`${deskUrl}/${ui}/sign-in`);
  await page.fill('input[name="email"]', account.email);
  await page.fill('input[name="password"]', account.password);
  await Promise.all([page.waitForURL(`${deskUrl}/${ui}`), page.click('.desk-sign-in button[type="submit"]')]);
  return page;
}

beforeAll(async () => {
  // An earlier story, translated into Spanish and published: the memory remembers its paragraph.
  const earlier = await createPublishedOriginal(apiUrl);
  const spanishEditor = await deskToken(apiUrl, "editor.es@sahifa.example");
  const added = await call<{ addTranslation: { __typename: string } }>(
    spanishEditor,
    `mutation ($id: ID!, $content: TranslationContentInput) {
      addTranslation(articleId: $id, locale: es, content: $content) { __typename }
    }`,
    {
      id: String(earlier.id),
      content: {
        title: `Los pueblos del río se preparan ${Date.now()}`,
        summary: "Los voluntarios llenan sacos terreros.",
        body: [
          { type: "paragraph", content: REMEMBERED },
          { type: "heading", level: 2, text: "Sacos terreros en el puente viejo" },
          {
            type: "quote",
            text: "Ya lo hemos hecho antes y lo volveremos a hacer.",
            attribution: "Una voluntaria",
          },
          { type: "list", ordered: false, items: [[{ text: "Botas" }], [{ text: "Linternas" }]] },
        ],
      },
    },
  );
  expect(added.addTranslation.__typename).toBe("TranslationCreated");
  const published = await call<{ publishTranslation: { __typename: string } }>(
    spanishEditor,
    `mutation ($id: ID!) { publishTranslation(articleId: $id, locale: es, overrideNote: "Names kept as written.") { __typename } }`,
    { id: String(earlier.id) },
  );
  expect(published.publishTranslation.__typename).toBe("TranslationStatusChanged");
  // The newsroom settles "river": «río», never «riachuelo».
  const term = await call<{ saveGlossaryTerm: { __typename: string } }>(
    spanishEditor,
    `mutation { saveGlossaryTerm(sourceLocale: en, targetLocale: es, term: { kind: place, source: "river", approved: "río", forbidden: ["riachuelo"] }) { __typename } }`,
    {},
  );
  expect(["GlossaryTermSaved", "ValidationError"]).toContain(term.saveGlossaryTerm.__typename);
  // Today's story, with the same opening paragraph.
  articleId = (await createPublishedOriginal(apiUrl)).id;
});

afterAll(async () => {
  await Promise.all(browsers.map((browser) => browser.close()));
  // The API is shared by the run's other files: a term left behind would flag their translations too.
  const spanishEditor = await deskToken(apiUrl, "editor.es@sahifa.example");
  const terms = await call<{ glossary: Array<{ id: string; source: string }> }>(
    spanishEditor,
    `query { glossary(sourceLocale: en, targetLocale: es, search: "river") { id source } }`,
    {},
  );
  for (const term of terms.glossary.filter((entry) => entry.source === "river")) {
    const deleted = await call<{ deleteGlossaryTerm: { __typename: string } }>(
      spanishEditor,
      `mutation ($id: ID!) { deleteGlossaryTerm(sourceLocale: en, targetLocale: es, id: $id) { __typename } }`,
      { id: term.id },
    );
    expect(deleted.deleteGlossaryTerm.__typename).toBe("GlossaryTermDeleted");
  }
});

function editorUrl(ui: string): string {
  return `${deskUrl}/${ui}/articles/${articleId}/es`;
}

describe("desk: translation memory, glossary, refused saves and the override note", () => {
  it("a translator inserts a memory match, marks included, and sees the glossary warning", async () => {
    const page = await signedIn("translator.en-es@sahifa.example", "es");
    await page.goto(editorUrl("es"));
    await Promise.all([page.waitForLoadState("load"), page.click('[data-testid="fill-from-source"]')]);
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();

    // The source's glossary term is marked, with its approved translation.
    expect(
      await page.locator('.desk-pair[data-block="0"] mark.desk-glossary-term').first().getAttribute("title"),
    ).toBe("río");
    const memory = page.locator('[data-testid="block-memory"][data-block="0"]');
    await memory.locator("summary").click();
    const match = memory.locator("li").first();
    await match.waitFor();
    expect(await match.getAttribute("data-kind")).toBe("exact");
    expect(await match.getAttribute("data-percent")).toBe("100");
    await match.locator('[data-testid="memory-insert"]').click();

    // The runs arrive in the paragraph's one field as they were published: the bold one keeps its mark.
    const field = page.locator(
      '.desk-pair[data-block="0"] [data-testid="target-block"] [data-testid="paragraph-field"]',
    );
    await field.locator("strong").waitFor();
    expect(await field.textContent()).toContain("El riachuelo subió medio metro");
    expect(await field.locator("strong").textContent()).toBe("medio metro");
    const glossary = page.locator('[data-testid="block-glossary"][data-block="0"]');
    expect(await glossary.getAttribute("data-warnings")).not.toBe("0");
    expect(await glossary.textContent()).toContain("no se usa «riachuelo»; escribe «río»");
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  });

  it("a refused save keeps submit closed and says why, until the text is fixed; an accented slug gets a suggestion", async () => {
    const page = await signedIn("translator.en-es@sahifa.example", "es");
    await page.goto(editorUrl("es"));
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    const title = page.locator('[data-testid="target-title"] input');
    await title.fill("");
    // Once the autosave has refused the empty title, submit stays closed and says why.
    await page.locator('[data-testid="workflow-blocked"]', { hasText: "Corrige los problemas" }).waitFor();
    expect(await page.locator('[data-action="submit"]').isDisabled()).toBe(true);
    // A title (and so a slug) of its own: the run's other files publish theirs in the same edition.
    await title.fill("Los pueblos ribereños se preparan para el deshielo");
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.locator('[data-action="submit"]:not([disabled])').waitFor();

    // A slug with accents is refused in Spanish, with the slug it could be one click away.
    const slug = page.locator('[data-testid="target-slug"] input');
    const stamp = Date.now();
    await slug.fill(`qué-pasa-en-el-río-${stamp}`);
    const suggestion = page.locator('[data-testid="use-suggestion-slug"]');
    await suggestion.waitFor();
    expect(await page.locator('[data-testid="target-slug"] .desk-field-error').textContent()).toContain(
      `pruebe con «que-pasa-en-el-rio-${stamp}»`,
    );
    expect(await page.locator('[data-action="submit"]').isDisabled()).toBe(true);
    await suggestion.click();
    expect(await slug.inputValue()).toBe(`que-pasa-en-el-rio-${stamp}`);
    await page.locator('[data-action="submit"]:not([disabled])').waitFor();
    await page.goto(editorUrl("es"));
    expect(await page.inputValue('[data-testid="target-slug"] input')).toBe(`que-pasa-en-el-rio-${stamp}`);
  });

  it("unsaved text keeps submit closed and says so, until the autosave has it", async () => {
    const page = await signedIn("translator.en-es@sahifa.example", "es");
    // The page's own clock, so the autosave's delay lasts exactly as long as the test needs.
    await page.clock.install({ time: Date.now() });
    await page.goto(editorUrl("es"));
    await page.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    await page.locator('[data-action="submit"]:not([disabled])').waitFor();
    await page.clock.pauseAt(Date.now() + 5_000);
    await page.fill(
      '[data-testid="target-summary"] textarea',
      "Los voluntarios llenan sacos terreros mientras la nieve se derrite.",
    );
    const blocked = page.locator('[data-testid="workflow-blocked"]');
    await blocked.waitFor();
    expect(await blocked.textContent()).toBe("Guarda tus cambios antes de cambiar el estado.");
    expect(await page.locator('[data-action="submit"]').isDisabled()).toBe(true);
    await page.clock.runFor(2_000);
    await page.clock.resume();
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.locator('[data-action="submit"]:not([disabled])').waitFor();
  });

  it("a conflict takes each part from either side and saves the mix on top of the newer revision", async () => {
    const mine = await signedIn("translator.en-es@sahifa.example", "es");
    const theirs = await signedIn("editor.es@sahifa.example", "en");
    await mine.goto(editorUrl("es"));
    await theirs.goto(editorUrl("en"));
    await mine.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    await theirs.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    const heading = '.desk-pair[data-block="1"] [data-testid="target-block"] input';

    await theirs.fill('[data-testid="target-summary"] textarea', "Resumen de la editora.");
    await theirs.fill(heading, "Sacos terreros junto al puente");
    await theirs.click('[data-testid="save"]');
    await theirs.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    // My edits are based on the revision I opened: the save is refused and the screen offers both.
    await mine.fill('[data-testid="target-summary"] textarea', "Resumen del traductor.");
    await mine.fill(heading, "Sacos en el puente viejo");
    await mine.locator('[data-testid="conflict"]').waitFor();
    expect(await mine.locator('[data-testid="mine-text"]').inputValue()).toContain(
      "Sacos en el puente viejo",
    );
    // Their summary, my heading.
    await mine.check('[data-testid="choose-theirs-summary"]');
    await mine.locator('[data-testid="choose-mine-block-1"]:checked').waitFor();
    await mine.click('[data-testid="save-choices"]');
    await mine.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    await mine.goto(editorUrl("es"));
    await mine.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    expect(await mine.inputValue('[data-testid="target-summary"] textarea')).toBe("Resumen de la editora.");
    expect(await mine.inputValue(heading)).toBe("Sacos en el puente viejo");
    // The browser's copy was settled by the save: no conflict comes back on arrival.
    expect(await mine.locator('[data-testid="conflict"]').count()).toBe(0);
  });

  it("untranslated text is published only with an override note, which the history shows", async () => {
    // The translator submits with a note: the heading, quote and list still hold the English.
    const translator = await signedIn("translator.en-es@sahifa.example", "es");
    await translator.goto(editorUrl("es"));
    await translator.locator('[data-testid="editor-form"][data-live="true"]').waitFor();
    await Promise.all([translator.waitForLoadState("load"), translator.click('[data-action="submit"]')]);
    const checks = translator.locator('[data-testid="text-checks"]');
    await checks.waitFor({ timeout: 10_000 }).catch(async (error) => {
      throw new Error(`${error}\n${await translator.locator("main").innerText()}`);
    });
    expect(await checks.textContent()).toContain("riachuelo");
    await translator.fill(
      '[data-testid="override-note"]',
      "La cita y la lista se quedan en inglés a propósito.",
    );
    await Promise.all([
      translator.waitForLoadState("load"),
      translator.click('[data-testid="override-submit"]'),
    ]);
    await translator.locator('article.desk-article[data-status="in_review"]').waitFor();

    // The editor's publish is refused too, until they say why in their own note.
    const editor = await signedIn("editor.es@sahifa.example", "en");
    await editor.goto(editorUrl("en"));
    editor.once("dialog", (dialog) => void dialog.accept());
    await Promise.all([editor.waitForLoadState("load"), editor.click('[data-action="publish"]')]);
    await editor.locator('[data-testid="text-checks"]').waitFor();
    expect(await editor.locator("article.desk-article").getAttribute("data-status")).toBe("in_review");
    await editor.fill(
      '[data-testid="override-note"]',
      "Checked with the desk chief: the quote stays in English.",
    );
    await Promise.all([editor.waitForLoadState("load"), editor.click('[data-testid="override-submit"]')]);
    await editor.locator('article.desk-article[data-status="published"]').waitFor();

    await editor.goto(`${editorUrl("en")}/revisions`);
    const history = editor.locator('[data-testid="workflow-history"]');
    await history.waitFor();
    const notes = await history.locator('[data-testid="override-note-shown"]').allTextContents();
    expect(notes[0]).toContain("Checked with the desk chief: the quote stays in English.");
    expect(notes[1]).toContain("La cita y la lista se quedan en inglés a propósito.");
    expect(await history.locator('li[data-action="publish"] details li').count()).toBeGreaterThan(0);
  });

  it("XLIFF: exports the translation, reimports it, and refuses bad files with a clear message, storing nothing", async () => {
    const page = await signedIn("translator.en-es@sahifa.example", "es");
    const xliffUrl = `${editorUrl("es")}/xliff`;
    await page.goto(xliffUrl);
    const exported = await page.evaluate(
      async (url) => (await fetch(`${url}/download?version=2.1`)).text(),
      xliffUrl,
    );
    expect(exported).toContain('version="2.1"');
    expect(exported).toContain("<source>");
    // The queue's selection export answers the same translations as one document, here in 1.2.
    const selection = await page.evaluate(
      async (url) => (await fetch(url)).text(),
      `${deskUrl}/es/xliff?item=${articleId}:es&version=1.2`,
    );
    expect(selection).toContain('version="1.2"');
    expect(selection).toContain(`original="sahifa:article/${articleId}/es"`);

    const revisions = async () =>
      (
        await graphqlCall<{ revisions: { revisions: unknown[] } }>(
          apiUrl,
          `query ($id: ID!) { revisions(articleId: $id, locale: es, first: 100) { revisions { id } } }`,
          { id: String(articleId) },
          await deskToken(apiUrl, "editor.es@sahifa.example"),
        )
      ).revisions.revisions.length;
    const before = await revisions();
    const upload = async (name: string, content: string) => {
      await page.goto(xliffUrl);
      await page.setInputFiles('[data-testid="xliff-import"] input[type="file"]', {
        name,
        mimeType: "application/xliff+xml",
        buffer: Buffer.from(content),
      });
      await Promise.all([page.waitForLoadState("load"), page.click('[data-testid="xliff-import"] button')]);
    };

    // The file as exported changes nothing: the report lists every unit, and no revision is added.
    await upload("same.xlf", exported);
    const report = page.locator('[data-testid="xliff-report"]');
    await report.waitFor();
    expect(await report.getAttribute("data-outdated")).toBe("false");
    expect(await report.locator("[data-unit]").count()).toBeGreaterThan(3);

    const refusedWith = async (name: string, content: string) => {
      await upload(name, content);
      const refusal = page.locator('[data-testid="xliff-refused"]');
      await refusal.waitFor();
      return refusal.textContent();
    };
    expect(await refusedWith("broken.xlf", exported.slice(0, exported.length / 2))).toContain("XML");
    const xxe = exported.replace(
      "<xliff",
      '<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]><xliff',
    );
    expect(await refusedWith("xxe.xlf", xxe)).toContain("DOCTYPE");
    const otherArticle = exported
      .replaceAll(`sahifa-article-${articleId}-`, "sahifa-article-1-")
      .replace(/(type="articleId">)\d+/, (_match, head: string) => `${head}1`);
    expect(await refusedWith("other.xlf", otherArticle)).not.toBe("");
    // A hundred megabytes never reach the API: the desk refuses the request in the page's language.
    const status = await page.evaluate(async (url) => {
      const body = new FormData();
      body.set("file", new Blob([new Uint8Array(100 * 1024 * 1024)]), "huge.xlf");
      const response = await fetch(url, { method: "POST", body });
      return { code: response.status, text: await response.text() };
    }, xliffUrl);
    expect(status.code).toBe(413);
    expect(status.text).toContain('lang="es"');
    expect(await revisions()).toBe(before);
  });
});
