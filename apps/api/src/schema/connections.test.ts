import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idOf, publishedLocales, SECTION_OF } from "../testing/newsroom-fixture.ts";
import { createTestApp } from "../testing/test-app.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Page {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
}
const PAGE = "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
const nOf = (edge: { node: { id: string } }) => Number(edge.node.id) - idOf(1) + 1;

async function sectionPage(args: string, locale = "en") {
  const { data, errors } = await t.query<{ section: { articles: Page } | null }>(
    `{ section(path: "news", locale: ${locale}) { articles(${args}) { ${PAGE} } } }`,
  );
  return { page: data?.section?.articles, errors };
}

describe("article connections", () => {
  // "news" holds news/politics, news/economy and news/sports: articles n with n % 5 in {0, 1, 2}.
  const newsInEnglish = Array.from({ length: 30 }, (_, i) => i + 1).filter((n) =>
    SECTION_OF(n).startsWith("news/"),
  );

  it("pages forward with `first`/`after` through every article, newest first, without repeats", async () => {
    const seen: number[] = [];
    let after = "";
    for (;;) {
      const { page } = await sectionPage(`first: 5${after ? `, after: "${after}"` : ""}`);
      seen.push(...page!.edges.map(nOf));
      if (!page!.pageInfo.hasNextPage) break;
      after = page!.pageInfo.endCursor;
    }
    expect(seen).toEqual(newsInEnglish);
  });

  it("pages backward with `last`/`before`", async () => {
    const { page: first } = await sectionPage("first: 6");
    const { page: back } = await sectionPage(`last: 3, before: "${first!.edges[5]!.cursor}"`);
    expect(back!.edges.map(nOf)).toEqual(newsInEnglish.slice(2, 5));
    expect(back!.pageInfo.hasPreviousPage).toBe(true);
    const { page: oldest } = await sectionPage("last: 2");
    expect(oldest!.edges.map(nOf)).toEqual(newsInEnglish.slice(-2));
  });

  it("lists only the edition's own published translations", async () => {
    const { page } = await sectionPage("first: 100", "ar");
    expect(page!.edges.map(nOf)).toEqual(newsInEnglish.filter((n) => publishedLocales(n).includes("ar")));
  });

  it("pages region, tag, author and dossier lists", async () => {
    const { data, errors } = await t.query(`{
      tag(slug: "climate", locale: es) { label articles(first: 100) { edges { node { id locale } } } }
      author(slug: "sara-haddad", locale: ar) { name articles(first: 2) { edges { node { id } } pageInfo { hasNextPage } } }
      dossier(slug: "harbour-future", locale: en) { title articles(first: 100) { edges { node { id } } } }
      region(slug: "asia", locale: en) { label articles(first: 100) { edges { node { id } } } }
    }`);
    expect(errors).toBeUndefined();
    // Tagged: odd n; in Spanish: n divisible by 3 → 3, 9, 15, 21, 27 (newest first).
    expect(data?.tag.label).toBe("Clima");
    expect(data?.tag.articles.edges.map(nOf)).toEqual([3, 9, 15, 21, 27]);
    expect(data?.author.name).toBe("سارة حداد");
    expect(data?.author.articles.pageInfo.hasNextPage).toBe(true);
    expect(data?.dossier.articles.edges.map(nOf)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(data?.region.articles.edges.map(nOf)).toEqual([1, 9, 17, 25]);
  });

  it("counts the whole list in totalCount, published translations of the edition only, whatever the page", async () => {
    const { data, errors } = await t.query(`{
      news: section(path: "news", locale: ar) { articles(first: 2) { totalCount edges { node { id } } } }
      tag(slug: "climate", locale: es) { articles(first: 1) { totalCount } }
      articles(locale: es, first: 1) { totalCount }
      author(slug: "sara-haddad", locale: en) { articles(last: 1) { totalCount } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.news.articles.edges).toHaveLength(2);
    expect(data?.news.articles.totalCount).toBe(
      newsInEnglish.filter((n) => publishedLocales(n).includes("ar")).length,
    );
    expect(data?.tag.articles.totalCount).toBe(5);
    // Spanish: every third article; article 1's and 7's Spanish are drafts, never counted.
    expect(data?.articles.totalCount).toBe(10);
    expect(data?.author.articles.totalCount).toBe(30);
  });

  it("refuses a malformed cursor with BAD_USER_INPUT", async () => {
    for (const cursor of ["garbage", Buffer.from('["yesterday", 3]').toString("base64url"), "W10"]) {
      const { errors } = await sectionPage(`first: 5, after: "${cursor}"`);
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0]?.message).toMatch(/Malformed cursor/);
    }
  });

  it("refuses a page over 100 with a message naming the limit", async () => {
    const { errors } = await sectionPage("first: 101");
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/between 0 and 100/);
    const negative = await sectionPage("last: -1");
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers null for unknown sections, regions, tags, authors and dossiers", async () => {
    const { data, errors } = await t.query(`{
      section(path: "nope") { path } region(slug: "nope") { slug } tag(slug: "nope") { slug }
      author(slug: "nope") { slug } dossier(slug: "nope") { slug }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ section: null, region: null, tag: null, author: null, dossier: null });
  });

  it("lists only running or closed dossiers, and at most `first` of them, newest first", async () => {
    // Articles 7 and 11 are published in English only, outside any dossier.
    const opened = await t.db
      .insertInto("dossiers")
      .values([
        { slug: "closed-inquiry", active: false, created_at: new Date("2026-01-01T00:00:00Z") },
        { slug: "night-ferries", active: true, created_at: new Date("2030-01-01T00:00:00Z") },
      ])
      .returning(["id", "slug"])
      .execute();
    const idOfDossier = (slug: string) => opened.find((d) => d.slug === slug)!.id;
    await t.db
      .insertInto("dossier_labels")
      .values([
        {
          dossier_id: idOfDossier("closed-inquiry"),
          locale: "en",
          title: "The inquiry",
          description: "Closed.",
        },
        {
          dossier_id: idOfDossier("night-ferries"),
          locale: "en",
          title: "Night ferries",
          description: "Running.",
        },
      ])
      .execute();
    await t.db
      .updateTable("articles")
      .set({ dossier_id: idOfDossier("closed-inquiry") })
      .where("id", "=", idOf(7))
      .execute();
    await t.db
      .updateTable("articles")
      .set({ dossier_id: idOfDossier("night-ferries") })
      .where("id", "=", idOf(11))
      .execute();
    try {
      const { data, errors } = await t.query(`{
        all: dossiers(locale: en) { slug active }
        running: dossiers(locale: en, active: true) { slug }
        closed: dossiers(locale: en, active: false) { slug }
        newest: dossiers(locale: en, first: 1) { slug }
        none: dossiers(locale: en, first: 0) { slug }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.all).toEqual([
        { slug: "night-ferries", active: true },
        { slug: "harbour-future", active: true },
        { slug: "closed-inquiry", active: false },
      ]);
      expect(data?.running).toEqual([{ slug: "night-ferries" }, { slug: "harbour-future" }]);
      expect(data?.closed).toEqual([{ slug: "closed-inquiry" }]);
      expect(data?.newest).toEqual([{ slug: "night-ferries" }]);
      expect(data?.none).toEqual([]);
      const tooMany = await t.query(`{ dossiers(locale: en, first: 101) { slug } }`);
      expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(tooMany.errors?.[0]?.message).toMatch(/between 0 and 100/);
    } finally {
      await t.db
        .updateTable("articles")
        .set({ dossier_id: null })
        .where("id", "in", [idOf(7), idOf(11)])
        .execute();
      const ids = opened.map((d) => d.id);
      await t.db.deleteFrom("dossier_labels").where("dossier_id", "in", ids).execute();
      await t.db.deleteFrom("dossiers").where("id", "in", ids).execute();
    }
  });

  it("lists taxonomy in the edition's language, only with what the edition publishes", async () => {
    const { data, errors } = await t.query(`{
      sections(locale: ar) { path label url children { path label } }
      regions(locale: es) { slug label }
      tagsAr: tags(locale: ar) { slug }
      tagsEs: tags(locale: es) { slug label url }
      authors(locale: ar) { slug name url }
      dossiers(locale: es) { slug title description active }
      breaking(locale: en, first: 1) { text }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.sections[0]).toMatchObject({ path: "news", label: "أخبار", url: "/ar/news" });
    expect(data?.sections[0].children[0]).toEqual({ path: "news/politics", label: "سياسة" });
    expect(data?.regions.find((r: { slug: string }) => r.slug === "mena").label).toBe(
      "Oriente Medio y Norte de África",
    );
    // Tagged stories are the odd ones; none of them is published in Arabic.
    expect(data?.tagsAr).toEqual([]);
    expect(data?.tagsEs).toEqual([{ slug: "climate", label: "Clima", url: "/es/tag/climate" }]);
    expect(data?.authors).toEqual([
      { slug: "sara-haddad", name: "سارة حداد", url: "/ar/author/sara-haddad" },
    ]);
    expect(data?.dossiers).toEqual([
      {
        slug: "harbour-future",
        title: "El futuro del puerto",
        description: "Cómo planifica un puerto pequeño.",
        active: true,
      },
    ]);
    expect(data?.breaking).toEqual([{ text: "Storm warning lifted" }]);
  });
});
