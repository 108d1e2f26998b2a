import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADD_TRANSLATION,
  CREATE_ARTICLE,
  contentInput,
  createDeskTestApp,
  type DeskTestApp,
  SAVE,
  transition,
} from "./desk.test-app.ts";

/** XLIFF export and import over GraphQL, as a translator with a CAT tool uses them. */

let app: DeskTestApp;
beforeAll(async () => {
  app = await createDeskTestApp();
});
afterAll(() => app?.close());

const EXPORT = /* GraphQL */ `
  query ($items: [TranslationKeyInput!]!, $version: XliffVersion) {
    translationsXliff(items: $items, version: $version) {
      fileName content files { articleId locale sourceRevisionId baseRevisionId }
    }
  }
`;
const IMPORT = /* GraphQL */ `
  mutation ($articleId: ID!, $locale: Locale!, $content: String!) {
    importXliff(articleId: $articleId, locale: $locale, content: $content) {
      __typename
      ... on XliffImported {
        outdated
        revision { id title body note sourceRevisionId }
        translation { outdated head { id } }
        units { unitId outcome }
      }
      ... on Conflict { head { id } }
      ... on ValidationError { problems { field message } }
      ... on DeskError { code message }
    }
  }
`;
const REVISION_COUNT = /* GraphQL */ `
  query ($articleId: ID!) { revisions(articleId: $articleId, locale: ar) { revisions { id } } }
`;

let serial = 0;
async function englishArticleWithArabicDraft() {
  serial += 1;
  const created = (
    await app.as("editorEn")(CREATE_ARTICLE, {
      locale: "en",
      section: "news",
      content: contentInput(
        `Ferry timetable ${serial}`,
        "The ferry leaves at seven. It returns at noon.",
        "Tickets are sold on board.",
      ),
    })
  ).data?.createArticle;
  const articleId = created.translation.articleId as string;
  await app.as("editorEn")(transition("publish"), { articleId, locale: "en" });
  const added = (await app.as("translatorEnToAr")(ADD_TRANSLATION, { articleId, locale: "ar" })).data
    ?.addTranslation;
  return { articleId, head: added.revision.id as string };
}

async function exportFile(articleId: string, version: "V2_1" | "V1_2" = "V2_1") {
  const result = await app.as("translatorEnToAr")(EXPORT, { items: [{ articleId, locale: "ar" }], version });
  expect(result.errors).toBeUndefined();
  return result.data?.translationsXliff as {
    content: string;
    fileName: string;
    files: Array<Record<string, string>>;
  };
}

async function revisionCount(articleId: string): Promise<number> {
  const result = await app.as("translatorEnToAr")(REVISION_COUNT, { articleId });
  return (result.data?.revisions.revisions as unknown[] | undefined)?.length ?? -1;
}

describe("XLIFF over GraphQL", () => {
  it("exports a translation and imports it back unchanged without saving anything", async () => {
    const { articleId, head } = await englishArticleWithArabicDraft();
    for (const version of ["V2_1", "V1_2"] as const) {
      const file = await exportFile(articleId, version);
      expect(file.files).toEqual([
        { articleId, locale: "ar", sourceRevisionId: expect.any(String), baseRevisionId: head },
      ]);
      const before = await revisionCount(articleId);
      const imported = (
        await app.as("translatorEnToAr")(IMPORT, { articleId, locale: "ar", content: file.content })
      ).data?.importXliff;
      expect(imported).toMatchObject({ __typename: "XliffImported", revision: null, outdated: false });
      expect(await revisionCount(articleId)).toBe(before);
    }
  });

  it("saves a translated file as a new head through the conflict-safe save, and reports each unit", async () => {
    const { articleId } = await englishArticleWithArabicDraft();
    const { content } = await exportFile(articleId);
    const translated = content
      .replace(/(<unit id="title">[\s\S]*?<\/source>)/, "$1<target>مواعيد العبارة</target>")
      .replace(
        /(<unit id="b0">[\s\S]*?<segment id="s1"[^>]*>[\s\S]*?<\/source>)/,
        "$1<target>تغادر العبارة في السابعة. </target>",
      )
      .replace(
        /(<unit id="b0">[\s\S]*?<segment id="s2"[^>]*>[\s\S]*?<\/source>)/,
        "$1<target>وتعود ظهرا.</target>",
      );
    const imported = (
      await app.as("translatorEnToAr")(IMPORT, { articleId, locale: "ar", content: translated })
    ).data?.importXliff;
    expect(imported).toMatchObject({
      __typename: "XliffImported",
      outdated: false,
      revision: { title: "مواعيد العبارة" },
    });
    expect(imported.revision.body[0]).toEqual({
      type: "paragraph",
      content: [{ text: "تغادر العبارة في السابعة. وتعود ظهرا." }],
    });
    expect(imported.units).toEqual([
      { unitId: "title", outcome: "taken" },
      { unitId: "summary", outcome: "empty" },
      { unitId: "b0", outcome: "taken" },
      { unitId: "b1", outcome: "empty" },
    ]);
    // The same file again: its base is no longer the head.
    const again = (await app.as("translatorEnToAr")(IMPORT, { articleId, locale: "ar", content: translated }))
      .data?.importXliff;
    expect(again).toMatchObject({ __typename: "XliffImported", revision: null });
    const stale = content.replace(/(<unit id="title">[\s\S]*?<\/source>)/, "$1<target>عنوان آخر</target>");
    const conflict = (await app.as("translatorEnToAr")(IMPORT, { articleId, locale: "ar", content: stale }))
      .data?.importXliff;
    expect(conflict).toMatchObject({ __typename: "Conflict", head: { id: imported.revision.id } });
  });

  it("saves a file made from an older source as a revision marked outdated", async () => {
    const { articleId } = await englishArticleWithArabicDraft();
    const { content } = await exportFile(articleId);
    const editorHead = (
      await app.as("editorEn")(
        /* GraphQL */ `query ($articleId: ID!) { deskTranslation(articleId: $articleId, locale: en) { head { id } } }`,
        { articleId },
      )
    ).data?.deskTranslation.head.id;
    await app.as("editorEn")(SAVE, {
      articleId,
      locale: "en",
      basedOn: editorHead,
      content: contentInput(
        `Ferry timetable ${serial}`,
        "The ferry leaves at eight. It returns at noon.",
        "Tickets are sold on board.",
      ),
    });
    await app.as("editorEn")(transition("publish"), { articleId, locale: "en" });
    const translated = content.replace(
      /(<unit id="title">[\s\S]*?<\/source>)/,
      "$1<target>مواعيد العبارة</target>",
    );
    const imported = (
      await app.as("translatorEnToAr")(IMPORT, { articleId, locale: "ar", content: translated })
    ).data?.importXliff;
    expect(imported).toMatchObject({
      __typename: "XliffImported",
      outdated: true,
      translation: { outdated: true },
      revision: { note: expect.stringContaining("the original has changed since") },
    });
  });

  it("refuses files for another article or edition, with units missing or added, or unsafe, and stores nothing", async () => {
    const { articleId } = await englishArticleWithArabicDraft();
    const other = await englishArticleWithArabicDraft();
    const { content } = await exportFile(articleId);
    const before = await revisionCount(articleId);
    const cases: Array<[string, string, RegExp]> = [
      [other.articleId, content, /is for article/],
      [articleId, content.replace('trgLang="ar"', 'trgLang="es"'), /translates English into Spanish/],
      [articleId, content.replace(/<unit id="b1">[\s\S]*?<\/unit>/, ""), /missing: b1;/],
      [
        articleId,
        content.replace("</file>", '<unit id="b9"><segment><source>x</source></segment></unit></file>'),
        /not in the original: b9/,
      ],
      [
        articleId,
        content.replace(/<mda:meta type="sourceRevisionId">\d+/, '<mda:meta type="sourceRevisionId">1'),
        /not a revision of this article/,
      ],
      [articleId, "<xliff><file>", /not well-formed/],
      [
        articleId,
        `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>${content.replace(/^<\?xml[^>]*>/, "")}`,
        /DOCTYPE|not well-formed/,
      ],
    ];
    for (const [target, text, message] of cases) {
      const result = (
        await app.as("translatorEnToAr")(IMPORT, { articleId: target, locale: "ar", content: text })
      ).data?.importXliff;
      expect(result.__typename, String(message)).toBe("ValidationError");
      expect(result.problems[0].message).toMatch(message);
    }
    expect(await revisionCount(articleId)).toBe(before);
    // The Spanish and Arabic desks get every refusal worded whole, details included.
    const otherPair = content.replace('trgLang="ar"', 'trgLang="es"');
    for (const [language, expected] of [
      ["es", "El archivo traduce del inglés al español; esta traducción es del inglés al árabe."],
      ["ar", "يترجم الملف من الإنجليزية إلى الإسبانية، أما هذه الترجمة فمن الإنجليزية إلى العربية."],
    ] as const) {
      const worded = (
        await app.as("translatorEnToAr", { "accept-language": language })(IMPORT, {
          articleId,
          locale: "ar",
          content: otherPair,
        })
      ).data?.importXliff;
      expect(worded.problems[0].message).toBe(expected);
    }
    const broken = (
      await app.as("translatorEnToAr", { "accept-language": "es" })(IMPORT, {
        articleId,
        locale: "ar",
        content: "<xliff><file>",
      })
    ).data?.importXliff;
    expect(broken.problems[0].message).toMatch(
      /^El archivo no es XML bien formado \(línea \d+, columna \d+\)/,
    );
    const forbidden = (await app.as("translatorEs")(IMPORT, { articleId, locale: "ar", content })).data
      ?.importXliff;
    expect(forbidden).toMatchObject({ __typename: "Forbidden" });
  });
});
