import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idOf, slugOf, titleOf } from "../testing/newsroom-fixture.ts";
import { createTestApp } from "../testing/test-app.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ARTICLE = `query ($id: ID, $slug: String, $locale: Locale) {
  article(id: $id, slug: $slug, locale: $locale) {
    id locale title slug url readTimeMinutes kind shareCount source publishedAt
    section { path label } region { slug label } tags { slug label } dossier { title description }
    authors { name } leadImage { url width height alt caption credit }
    translations { locale slug url }
    body { __typename ... on ParagraphBlock { content { text marks } } ... on ImageBlock { caption image { alt } }
      ... on RelatedBlock { articles { id title } } }
    related { id } readNext(first: 2) { id }
  }
}`;

describe("article", () => {
  it("finds an article by id in the asked edition", async () => {
    const { data, errors } = await t.query(ARTICLE, { id: String(idOf(6)), locale: "ar" });
    expect(errors).toBeUndefined();
    const article = data?.article;
    expect(article.title).toBe(titleOf("ar", 6));
    expect(article.url).toBe(`/ar/news/economy/${idOf(6)}/${slugOf("ar", 6)}`);
    expect(article.section.label).toBe("اقتصاد");
    expect(article.authors).toEqual([{ name: "سارة حداد" }]);
    expect(article.leadImage).toMatchObject({
      url: "/media/test-lead.svg",
      alt: "قوارب في ميناء",
      width: 1200,
    });
    expect(article.dossier.title).toBe("مستقبل الميناء");
    expect(article.body[0].__typename).toBe("ParagraphBlock");
    expect(article.body[1]).toMatchObject({ __typename: "ImageBlock", caption: "الميناء عند الفجر" });
    expect(article.readTimeMinutes).toBeGreaterThanOrEqual(2);
  });

  it("finds an article by slug, Arabic slugs included", async () => {
    const { data } = await t.query(ARTICLE, { slug: slugOf("ar", 4), locale: "ar" });
    expect(data?.article.id).toBe(String(idOf(4)));
  });

  it("lists every edition that publishes it, and only those", async () => {
    const { data } = await t.query(ARTICLE, { id: String(idOf(6)), locale: "en" });
    expect(data?.article.translations).toEqual([
      { locale: "ar", slug: slugOf("ar", 6), url: `/ar/news/economy/${idOf(6)}/${slugOf("ar", 6)}` },
      { locale: "en", slug: slugOf("en", 6), url: `/en/news/economy/${idOf(6)}/${slugOf("en", 6)}` },
      { locale: "es", slug: slugOf("es", 6), url: `/es/news/economy/${idOf(6)}/${slugOf("es", 6)}` },
    ]);
    const draftOnly = await t.query(ARTICLE, { id: String(idOf(1)), locale: "en" });
    expect(draftOnly.data?.article.translations.map((x: { locale: string }) => x.locale)).toEqual(["en"]);
  });

  it("is null for an unknown id or slug, and for a translation that is not published", async () => {
    for (const variables of [
      { id: "999999" },
      { id: "not-a-number" },
      { slug: "no-such-story" },
      { id: String(idOf(1)), locale: "es" },
      { id: String(idOf(1)), locale: "ar" },
      { id: String(idOf(5)), locale: "ar" },
      { slug: slugOf("es", 7), locale: "es" },
    ]) {
      const { data, errors } = await t.query(ARTICLE, variables);
      expect(errors).toBeUndefined();
      expect(data?.article).toBeNull();
    }
  });

  it("keeps related links only when published in the edition", async () => {
    const en = await t.query(ARTICLE, { id: String(idOf(2)), locale: "en" });
    const related = en.data?.article.body.find(
      (b: { __typename: string }) => b.__typename === "RelatedBlock",
    );
    expect(related.articles.map((a: { id: string }) => a.id)).toEqual([String(idOf(4)), String(idOf(1))]);
    const ar = await t.query(ARTICLE, { id: String(idOf(2)), locale: "ar" });
    const relatedAr = ar.data?.article.body.find(
      (b: { __typename: string }) => b.__typename === "RelatedBlock",
    );
    expect(relatedAr.articles.map((a: { id: string }) => a.id)).toEqual([String(idOf(4))]);
    expect(ar.data?.article.related[0].id).toBe(String(idOf(4)));
  });
});
