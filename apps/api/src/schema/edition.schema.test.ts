import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_COUNT, idOf, publishedLocales, titleOf, UNPUBLISHED } from "../testing/newsroom-fixture.ts";
import { createTestApp } from "../testing/test-app.ts";

/** Counts the SQL statements the app sends (a Kysely plugin sees every query once). */
let statements = 0;
const countStatements: KyselyPlugin = {
  transformQuery: (args) => {
    statements += 1;
    return args.node;
  },
  transformResult: async (args) => args.result,
};

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ db: (db) => db.withPlugin(countStatements) });
});
afterAll(() => t.close());

const FRONT_PAGE = `query ($locale: Locale, $paths: [String!], $first: Int) {
  edition(locale: $locale) {
    locale direction
    lead { id title url authors { name } leadImage { url alt } section { label } }
    sections(paths: $paths, first: $first) {
      section { path label url }
      articles { id locale title url readTimeMinutes authors { name } tags { label } region { label } leadImage { url alt } section { label } }
    }
    mostRead { id title }
    breaking { text article { id title } }
  }
}`;

type FrontPage = {
  edition: {
    locale: string;
    direction: string;
    lead: { id: string; title: string };
    sections: Array<{
      section: { path: string };
      articles: Array<{ id: string; locale: string; title: string }>;
    }>;
    mostRead: Array<{ id: string }>;
    breaking: Array<{ text: string; article: { id: string } | null }>;
  };
};

const nOf = (id: string) => Number(id) - idOf(1) + 1;

describe("edition front page", () => {
  it("answers in the locale argument, else Accept-Language, else English", async () => {
    const byArg = await t.query<FrontPage>(FRONT_PAGE, { locale: "es" }, { "accept-language": "ar" });
    expect(byArg.data?.edition.locale).toBe("es");
    const byHeader = await t.query<FrontPage>(
      FRONT_PAGE,
      {},
      { "accept-language": "fr-FR, ar;q=0.8, en;q=0.5" },
    );
    expect(byHeader.data?.edition.locale).toBe("ar");
    expect(byHeader.data?.edition.direction).toBe("rtl");
    const byDefault = await t.query<FrontPage>(FRONT_PAGE, {}, { "accept-language": "de" });
    expect(byDefault.data?.edition.locale).toBe("en");
    expect(byDefault.data?.edition.lead.title).toBe(titleOf("en", 1));
  });

  it("never lists another language or an unpublished translation", async () => {
    for (const locale of ["en", "ar", "es"] as const) {
      const { data, errors } = await t.query<FrontPage>(FRONT_PAGE, { locale });
      expect(errors).toBeUndefined();
      const edition = data!.edition;
      const listed = [edition.lead, ...edition.sections.flatMap((s) => s.articles), ...edition.mostRead];
      expect(listed.length).toBeGreaterThan(0);
      for (const article of listed) {
        const n = nOf(article.id);
        expect(publishedLocales(n)).toContain(locale);
        expect(UNPUBLISHED.some((u) => u.n === n && u.locale === locale)).toBe(false);
      }
      for (const item of edition.breaking) {
        if (item.article) expect(publishedLocales(nOf(item.article.id))).toContain(locale);
      }
    }
  });

  it("leads with the newest story and fills section blocks newest first, subsections included", async () => {
    const { data } = await t.query<FrontPage>(FRONT_PAGE, { locale: "en" });
    const edition = data!.edition;
    expect(nOf(edition.lead.id)).toBe(1);
    const news = edition.sections.find((s) => s.section.path === "news");
    expect(news?.articles.map((a) => nOf(a.id))).toEqual([1, 2, 5, 6]);
    const politics = edition.sections.find((s) => s.section.path === "news/politics");
    expect(politics?.articles.map((a) => nOf(a.id))).toEqual([5, 10, 15, 20]);
    // Sections with nothing published in the edition are left out, never shown empty.
    expect(edition.sections.every((s) => s.articles.length > 0)).toBe(true);
    expect(edition.sections.some((s) => s.section.path === "videos")).toBe(false);
  });

  it("ranks most read over the last 7 days of the edition's own views", async () => {
    const en = await t.query<FrontPage>(FRONT_PAGE, { locale: "en" });
    expect(en.data?.edition.mostRead.map((a) => nOf(a.id))).toEqual([9, 3]);
    // Article 1's Spanish views count for nothing: it is only a draft in Spanish.
    const es = await t.query<FrontPage>(FRONT_PAGE, { locale: "es" });
    expect(es.data?.edition.mostRead.map((a) => nOf(a.id))).toEqual([6]);
  });

  it("shows unexpired breaking items newest first, linking only to published stories", async () => {
    const en = await t.query<FrontPage>(FRONT_PAGE, { locale: "en" });
    expect(en.data?.edition.breaking).toEqual([
      { text: "Storm warning lifted", article: null },
      { text: "Harbour reopens", article: { id: String(idOf(1)), title: titleOf("en", 1) } },
    ]);
    const ar = await t.query<FrontPage>(FRONT_PAGE, { locale: "ar" });
    expect(ar.data?.edition.breaking).toEqual([{ text: "إعادة فتح الميناء", article: null }]);
  });

  // The section blocks with every field a teaser shows: their statements come in fixed waves
  // (taxonomy, the lateral "newest per section" query, then one batch per field), so the count
  // is exact. Next to them, lead and most read resolve concurrently and may share a batch or
  // not depending on which answer comes back first, so the whole page gets a bound instead.
  const BLOCKS = `query ($paths: [String!]) {
    edition(locale: en) {
      sections(paths: $paths) {
        section { label url parent { label } }
        articles { title url readTimeMinutes authors { name } tags { label } region { label } dossier { title } leadImage { url alt } section { label } }
      }
    }
  }`;

  it("costs the same number of SQL statements for 2 sections as for all of them", async () => {
    statements = 0;
    const two = await t.query<FrontPage>(BLOCKS, { paths: ["news/politics", "news/economy"] });
    const forTwo = statements;
    expect(two.data?.edition.sections).toHaveLength(2);

    statements = 0;
    const all = await t.query<FrontPage>(BLOCKS);
    const forAll = statements;
    expect(all.data?.edition.sections.length).toBeGreaterThan(5);
    const items = all.data!.edition.sections.reduce((sum, s) => sum + s.articles.length, 0);
    expect(items).toBeGreaterThan(20);

    expect(forAll).toBe(forTwo);
    expect(forAll).toBeLessThanOrEqual(9);
  });

  it("serves the whole front page in a small fixed number of statements", async () => {
    // Most read is cached in process for a minute (views/most-read.ts): warm it so both counts see it cached.
    await t.query<FrontPage>(FRONT_PAGE, { locale: "en" });
    for (const paths of [["news/politics", "news/economy"], undefined]) {
      statements = 0;
      const { data } = await t.query<FrontPage>(FRONT_PAGE, { locale: "en", paths });
      expect(data?.edition.sections.length).toBeGreaterThanOrEqual(2);
      expect(statements).toBeLessThanOrEqual(16);
    }
  });

  it("has every article of the fixture in English", async () => {
    const { data } = await t.query<{ articles: { edges: unknown[] } }>(
      "{ articles(locale: en, first: 100) { edges { cursor } } }",
    );
    expect(data?.articles.edges).toHaveLength(ARTICLE_COUNT);
  });
});
