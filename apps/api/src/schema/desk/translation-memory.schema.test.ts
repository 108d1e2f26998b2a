import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADD_TRANSLATION,
  CREATE_ARTICLE,
  contentInput,
  createDeskTestApp,
  type DeskTestApp,
  transition,
} from "./desk.test-app.ts";

/** A translator asks the memory for a source block and gets an earlier published translation, marks included. */

let app: DeskTestApp;
beforeAll(async () => {
  app = await createDeskTestApp();
});
afterAll(() => app?.close());

const MEMORY = /* GraphQL */ `
  query ($articleId: ID!, $locale: Locale!, $block: Int!) {
    translationMemory(articleId: $articleId, locale: $locale, blockIndex: $block) { percent kind sourceText target }
  }
`;

async function publishedEnglish(title: string, text: string) {
  const created = (
    await app.as("editorEn")(CREATE_ARTICLE, {
      locale: "en",
      section: "news",
      content: contentInput(title, text),
    })
  ).data?.createArticle;
  const articleId = created.translation.articleId as string;
  await app.as("editorEn")(transition("publish"), { articleId, locale: "en" });
  return articleId;
}

describe("translation memory over GraphQL", () => {
  it("offers the Spanish of an earlier, similar English paragraph", async () => {
    const first = await publishedEnglish(
      "Night trains return",
      "The night train between the two capitals will run again from April.",
    );
    const paragraph = {
      type: "paragraph",
      content: [
        { text: "El tren nocturno entre las dos capitales volverá a circular " },
        { text: "desde abril", marks: ["bold"] },
        { text: "." },
      ],
    };
    const added = (
      await app.as("editorEs")(ADD_TRANSLATION, {
        articleId: first,
        locale: "es",
        content: { title: "Vuelven los trenes nocturnos", summary: "Resumen.", body: [paragraph] },
      })
    ).data?.addTranslation;
    expect(added.__typename).toBe("TranslationCreated");
    await app.as("editorEs")(transition("publish"), { articleId: first, locale: "es" });

    const second = await publishedEnglish(
      "Night trains extended",
      "The night train between the two capitals will run again from May.",
    );
    await app.as("translatorEs")(ADD_TRANSLATION, { articleId: second, locale: "es" });
    const matches = (await app.as("translatorEs")(MEMORY, { articleId: second, locale: "es", block: 0 })).data
      ?.translationMemory;
    expect(matches[0]).toMatchObject({
      kind: "fuzzy",
      sourceText: "The night train between the two capitals will run again from April.",
      target: paragraph,
    });
    expect(matches[0].percent).toBeGreaterThan(70);
    // The Arabic translator has no en→es pair: nothing to read.
    const other = (await app.as("translatorEnToAr")(MEMORY, { articleId: second, locale: "es", block: 0 }))
      .data;
    expect(other?.translationMemory).toEqual([]);
  });
});
