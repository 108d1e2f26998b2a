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

/** A translator en→ar sees, reads and fills only English originals' Arabic translations. */

let app: DeskTestApp;
let english: string;
let spanish: string;
let spanishIntoArabicHead: string;

async function publishedOriginal(
  account: "editorEn" | "editorEs",
  locale: "en" | "es",
  title: string,
  text: string,
) {
  const created = (
    await app.as(account)(CREATE_ARTICLE, { locale, section: "news", content: contentInput(title, text) })
  ).data?.createArticle;
  const articleId = created.translation.articleId;
  await app.as(account)(transition("publish"), { articleId, locale });
  return articleId as string;
}

beforeAll(async () => {
  app = await createDeskTestApp();
  english = await publishedOriginal(
    "editorEn",
    "en",
    "Desalination plant opens on the atoll",
    "The island's first desalination plant began work on Sunday.",
  );
  spanish = await publishedOriginal(
    "editorEs",
    "es",
    "Abre la planta desaladora del atolón",
    "La primera planta desaladora de la isla empezó a funcionar el domingo.",
  );
  // An editor starts the Arabic translation of the Spanish original: another pair's draft.
  const added = (await app.as("editorAr")(ADD_TRANSLATION, { articleId: spanish, locale: "ar" })).data
    ?.addTranslation;
  spanishIntoArabicHead = added.revision.id;
});
afterAll(() => app?.close());

const QUEUE = /* GraphQL */ `
  query { translationQueue(first: 100) { items { articleId originalLocale locale state } } }
`;
const READ = /* GraphQL */ `
  query ($articleId: ID!, $locale: Locale!) {
    deskTranslation(articleId: $articleId, locale: $locale) { locale actions }
    revisions(articleId: $articleId, locale: $locale) { revisions { id } }
  }
`;
const ME = /* GraphQL */ `
  query { me { languagePairs { source target } locales } }
`;

describe("language pairs", () => {
  it("shows a translator only their pairs' work in the queue", async () => {
    const items = (await app.as("translatorEnToAr")(QUEUE)).data?.translationQueue.items;
    expect(items.length).toBeGreaterThan(0);
    expect(
      items.every(
        (i: { originalLocale: string; locale: string }) => i.originalLocale === "en" && i.locale === "ar",
      ),
    ).toBe(true);
    expect(items.map((i: { articleId: string }) => i.articleId)).toContain(english);
    expect(items.map((i: { articleId: string }) => i.articleId)).not.toContain(spanish);
    // An Arabic editor still sees both.
    const editorItems = (await app.as("editorAr")(QUEUE)).data?.translationQueue.items;
    expect(editorItems.map((i: { articleId: string }) => i.articleId)).toEqual(
      expect.arrayContaining([english, spanish]),
    );
  });

  it("refuses to start, save or submit outside the translator's pairs, and allows it inside", async () => {
    const refused = (await app.as("translatorEnToAr")(ADD_TRANSLATION, { articleId: spanish, locale: "es" }))
      .data?.addTranslation;
    expect(refused).toMatchObject({ __typename: "Forbidden", code: "FORBIDDEN" });
    expect(refused.message).toContain("en>ar");

    const save = (
      await app.as("translatorEnToAr")(SAVE, {
        articleId: spanish,
        locale: "ar",
        basedOn: spanishIntoArabicHead,
        content: contentInput(
          "افتتاح محطة التحلية في الجزيرة المرجانية",
          "بدأت أول محطة لتحلية المياه العمل يوم الأحد.",
        ),
      })
    ).data?.saveTranslation;
    expect(save).toMatchObject({ __typename: "Forbidden", code: "FORBIDDEN" });
    const submit = (
      await app.as("translatorEnToAr")(transition("submit"), { articleId: spanish, locale: "ar" })
    ).data?.submitTranslation;
    expect(submit).toMatchObject({ __typename: "Forbidden" });

    const added = (await app.as("translatorEnToAr")(ADD_TRANSLATION, { articleId: english, locale: "ar" }))
      .data?.addTranslation;
    expect(added).toMatchObject({ __typename: "TranslationCreated", translation: { status: "draft" } });
  });

  it("lets a translator read their pairs' translations and the originals they translate from only", async () => {
    const as = app.as("translatorEnToAr");
    expect((await as(READ, { articleId: english, locale: "ar" })).data?.deskTranslation).toEqual({
      locale: "ar",
      actions: ["editDraft", "submit"],
    });
    expect((await as(READ, { articleId: english, locale: "en" })).data?.deskTranslation).toEqual({
      locale: "en",
      actions: [],
    });
    const otherPair = (await as(READ, { articleId: spanish, locale: "ar" })).data;
    expect(otherPair).toEqual({ deskTranslation: null, revisions: { revisions: [] } });
    expect((await as(READ, { articleId: spanish, locale: "es" })).data?.deskTranslation).toBeNull();
  });

  it("tells the translator their pairs", async () => {
    expect((await app.as("translatorEnToAr")(ME)).data?.me).toEqual({
      languagePairs: [{ source: "en", target: "ar" }],
      locales: ["ar"],
    });
  });
});
