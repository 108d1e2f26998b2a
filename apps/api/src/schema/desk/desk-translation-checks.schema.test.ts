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

/**
 * What a translator meets at submit and publish: untranslated blocks are named
 * (in the desk's language), an override needs a note the history keeps, and a
 * submit acts on the head the client names or answers a conflict.
 */

let app: DeskTestApp;
beforeAll(async () => {
  app = await createDeskTestApp();
});
afterAll(() => app?.close());

const ENGLISH = [
  "The city council approved a new cycle lane along the seafront on Tuesday.",
  "Work begins in March and should end before the summer season.",
];

const ACT = /* GraphQL */ `
  mutation ($articleId: ID!, $locale: Locale!, $head: ID, $note: String) {
    submit: submitTranslation(articleId: $articleId, locale: $locale, headRevisionId: $head, overrideNote: $note) {
      __typename
      ... on TranslationStatusChanged { translation { status } revision { id } }
      ... on UntranslatedText { revisionId blocks { blockIndex blockType reason message } }
      ... on Conflict { head { id } }
      ... on DeskError { code message }
    }
  }
`;

const HISTORY = /* GraphQL */ `
  query ($articleId: ID!, $locale: Locale!) {
    deskTranslation(articleId: $articleId, locale: $locale) {
      untranslatedBlocks { blockIndex reason }
      history { action revisionId note userName overriddenBlocks { blockIndex reason } }
    }
  }
`;

let articles = 0;
async function publishedEnglishArticle(): Promise<string> {
  articles += 1;
  const created = (
    await app.as("editorEn")(CREATE_ARTICLE, {
      locale: "en",
      section: "news/politics",
      content: contentInput(`Seafront cycle lane approved, part ${articles}`, ...ENGLISH),
    })
  ).data?.createArticle;
  const articleId = created.translation.articleId;
  const published = await app.as("editorEn")(transition("publish"), { articleId, locale: "en" });
  expect(published.data?.publishTranslation.__typename).toBe("TranslationStatusChanged");
  return articleId;
}

describe("submitting and publishing translations", () => {
  it("names the blocks still in English in an Arabic translation, in the desk's language, and changes nothing", async () => {
    const articleId = await publishedEnglishArticle();
    const added = (await app.as("translatorAr")(ADD_TRANSLATION, { articleId, locale: "ar" })).data
      ?.addTranslation;
    const filled = added.revision.id;
    const saved = (
      await app.as("translatorAr")(SAVE, {
        articleId,
        locale: "ar",
        basedOn: filled,
        content: contentInput(
          "الموافقة على مسار للدراجات على الواجهة البحرية",
          "وافق مجلس المدينة يوم الثلاثاء على مسار جديد للدراجات على طول الواجهة البحرية.",
          ENGLISH[1] ?? "",
        ),
      })
    ).data?.saveTranslation;
    const head = saved.revision.id;

    const refused = (
      await app.as("translatorAr", { "accept-language": "ar" })(ACT, { articleId, locale: "ar", head })
    ).data?.submit;
    expect(refused).toEqual({
      __typename: "UntranslatedText",
      code: "UNTRANSLATED",
      revisionId: head,
      message: "كتلة واحدة ما زالت بنص الأصل؛ ترجمها أو تابع مع ملاحظة تشرح السبب.",
      blocks: [
        {
          blockIndex: 1,
          blockType: "paragraph",
          reason: "same_as_source",
          message: "الكتلة 2 (فقرة) مطابقة للأصل.",
        },
      ],
    });
    const spanishDesk = (
      await app.as("translatorAr", { "accept-language": "es-ES,es;q=0.9" })(ACT, {
        articleId,
        locale: "ar",
        head,
      })
    ).data?.submit;
    expect(spanishDesk.blocks[0].message).toBe("El bloque 2 (párrafo) es igual al original.");

    const state = (await app.as("translatorAr")(HISTORY, { articleId, locale: "ar" })).data?.deskTranslation;
    expect(state).toEqual({ untranslatedBlocks: [{ blockIndex: 1, reason: "same_as_source" }], history: [] });
  });

  it("lets the flagged text through with a note, which the history keeps with the blocks", async () => {
    const articleId = await publishedEnglishArticle();
    const added = (await app.as("translatorAr")(ADD_TRANSLATION, { articleId, locale: "ar" })).data
      ?.addTranslation;
    const head = added.revision.id;
    const blank = (await app.as("translatorAr")(ACT, { articleId, locale: "ar", head, note: " " })).data
      ?.submit;
    expect(blank).toMatchObject({ __typename: "ValidationError", code: "INVALID" });

    const note = "Draft for the reviewer to compare with the English; text follows tomorrow.";
    const submitted = (await app.as("translatorAr")(ACT, { articleId, locale: "ar", head, note })).data
      ?.submit;
    expect(submitted).toMatchObject({
      __typename: "TranslationStatusChanged",
      translation: { status: "in_review" },
      revision: { id: head },
    });
    const state = (await app.as("editorAr")(HISTORY, { articleId, locale: "ar" })).data?.deskTranslation;
    expect(state.history).toEqual([
      {
        action: "submit",
        revisionId: head,
        note,
        userName: "translatorAr",
        overriddenBlocks: [
          { blockIndex: 0, reason: "same_as_source" },
          { blockIndex: 1, reason: "same_as_source" },
        ],
      },
    ]);
  });

  it("acts on the head the client names, or answers a conflict with the newer head", async () => {
    const articleId = await publishedEnglishArticle();
    const added = (
      await app.as("translatorEs")(ADD_TRANSLATION, {
        articleId,
        locale: "es",
        content: contentInput(
          "Aprobado un carril bici en el paseo marítimo",
          "El ayuntamiento aprobó el martes un nuevo carril bici a lo largo del paseo marítimo.",
          "Las obras empiezan en marzo y terminarán antes de la temporada de verano.",
        ),
      })
    ).data?.addTranslation;
    const first = added.revision.id;
    const second = (
      await app.as("translatorEs")(SAVE, {
        articleId,
        locale: "es",
        basedOn: first,
        content: contentInput(
          "Aprobado un carril bici junto al mar",
          "El ayuntamiento aprobó el martes un nuevo carril bici a lo largo del paseo marítimo.",
          "Las obras empiezan en marzo y terminarán antes del verano.",
        ),
      })
    ).data?.saveTranslation.revision.id;

    const stale = (await app.as("translatorEs")(ACT, { articleId, locale: "es", head: first })).data?.submit;
    expect(stale).toMatchObject({ __typename: "Conflict", code: "CONFLICT", head: { id: second } });
    const submitted = (await app.as("translatorEs")(ACT, { articleId, locale: "es", head: second })).data
      ?.submit;
    expect(submitted).toMatchObject({
      __typename: "TranslationStatusChanged",
      translation: { status: "in_review" },
      revision: { id: second },
    });
  });
});

describe("validation messages in the desk's language", () => {
  it("refuses an accented Spanish slug in Spanish, with the slug to use", async () => {
    const articleId = await publishedEnglishArticle();
    const added = (
      await app.as("translatorEs")(ADD_TRANSLATION, {
        articleId,
        locale: "es",
        content: contentInput("Carril bici", "El ayuntamiento aprobó un carril bici junto al mar."),
      })
    ).data?.addTranslation;
    const content = {
      ...contentInput("Carril bici en el paseo marítimo", "El ayuntamiento aprobó un carril bici."),
      slug: "carril-bici-en-el-paseo-marítimo",
    };
    const refused = (
      await app.as("translatorEs", { "accept-language": "es" })(SAVE, {
        articleId,
        locale: "es",
        basedOn: added.revision.id,
        content,
      })
    ).data?.saveTranslation;
    expect(refused).toEqual({
      __typename: "ValidationError",
      code: "INVALID",
      message:
        "Un slug solo admite minúsculas sin tildes, cifras y guiones; pruebe con «carril-bici-en-el-paseo-maritimo».",
      problems: [
        {
          field: "slug",
          blockIndex: null,
          blockType: null,
          code: "slug_invalid",
          suggestion: "carril-bici-en-el-paseo-maritimo",
          message:
            "Un slug solo admite minúsculas sin tildes, cifras y guiones; pruebe con «carril-bici-en-el-paseo-maritimo».",
        },
      ],
    });
    const arabicDesk = (
      await app.as("translatorEs", { "accept-language": "ar" })(SAVE, {
        articleId,
        locale: "es",
        basedOn: added.revision.id,
        content: { ...content, title: "" },
      })
    ).data?.saveTranslation;
    expect(arabicDesk.message).toBe("العنوان فارغ. (ومشكلة أخرى)");
    expect(arabicDesk.problems.map((p: { code: string }) => p.code)).toEqual(["empty", "slug_invalid"]);
  });
});
