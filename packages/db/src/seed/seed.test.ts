import { validateBody } from "@sahifa/domain/block-validation";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { LOCALES } from "@sahifa/domain/locales";
import { ARTICLE_KINDS, flattenSections, REGIONS } from "@sahifa/domain/taxonomy";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPublishedColumnsDrift } from "../publication/published-columns.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { DEMO_LIVE_UPDATES } from "./content/live-updates.ts";
import { demoMediaCatalogue } from "./demo-newsroom.ts";
import {
  checkLiveUpdates,
  checkSeedContent,
  DEMO_ARTICLES,
  demoArticleId,
  FIRST_ARTICLE_ID,
  renewDemoBreaking,
  seedDemoNewsroom,
} from "./seed.ts";

const NOW = new Date("2026-11-24T12:00:00Z");
const TABLES = [
  "sections",
  "section_labels",
  "regions",
  "region_labels",
  "tags",
  "tag_labels",
  "authors",
  "author_labels",
  "dossiers",
  "dossier_labels",
  "media",
  "media_texts",
  "articles",
  "article_authors",
  "article_tags",
  "revisions",
  "translations",
  "breaking_items",
  "live_updates",
  "article_views_daily",
] as const;

let testDb: TestDatabase;

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(testDb.db);
    result[table] = Number(row.rows[0]?.n);
  }
  return result;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDemoNewsroom(testDb.db, { now: NOW });
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe("seedDemoNewsroom", () => {
  it("is idempotent: a second run creates nothing and changes no count", async () => {
    const before = await counts();
    const report = await seedDemoNewsroom(testDb.db, { now: new Date(NOW.getTime() + 3_600_000) });
    expect(report).toEqual({
      articles: 0,
      translations: 0,
      media: 0,
      breakingItems: 0,
      liveUpdates: 0,
      viewRows: 0,
      searchDocuments: 0,
    });
    expect(await counts()).toEqual(before);
    expect(before.articles).toBe(DEMO_ARTICLES.length);
  });

  it("gives every article a stable id in file order and its original-language translation", async () => {
    const rows = await testDb.db
      .selectFrom("articles as a")
      .leftJoin("translations as t", (join) =>
        join.onRef("t.article_id", "=", "a.id").onRef("t.locale", "=", "a.original_locale"),
      )
      .select(["a.id", "a.original_locale", "t.locale"])
      .orderBy("a.id")
      .execute();
    expect(rows.map((r) => r.id)).toEqual(DEMO_ARTICLES.map((_, i) => FIRST_ARTICLE_ID + i));
    for (const [i, row] of rows.entries()) {
      expect(row.original_locale).toBe(DEMO_ARTICLES[i]?.originalLocale);
      expect(row.locale, `article ${row.id}`).toBe(row.original_locale);
    }
  });

  it("publishes at least one article in every section, kind and region", async () => {
    const published = await testDb.db
      .selectFrom("articles as a")
      .innerJoin("translations as t", "t.article_id", "a.id")
      .innerJoin("sections as s", "s.id", "a.section_id")
      .leftJoin("regions as r", "r.id", "a.region_id")
      .select(["s.path", "a.kind", "r.slug as region"])
      .where("t.status", "=", "published")
      .execute();
    const sections = new Set(published.map((r) => r.path));
    const kinds = new Set(published.map((r) => r.kind));
    const regions = new Set(published.map((r) => r.region));
    // A parent section (News, Articles, Videos) lists its children's stories; leaves need their own.
    const leaves = flattenSections().filter((s) => !s.definition.children?.length);
    expect(leaves.map((s) => s.path).filter((path) => !sections.has(path))).toEqual([]);
    expect(ARTICLE_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
    expect(REGIONS.map((r) => r.slug).filter((slug) => !regions.has(slug))).toEqual([]);
  });

  it("gives each edition its own published articles and live breaking items", async () => {
    for (const locale of LOCALES) {
      const articles = await testDb.db
        .selectFrom("translations")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("locale", "=", locale)
        .where("status", "=", "published")
        .executeTakeFirstOrThrow();
      expect(Number(articles.n), locale).toBeGreaterThanOrEqual(20);
      const breaking = await testDb.db
        .selectFrom("breaking_items")
        .select(["text", "expires_at"])
        .where("locale", "=", locale)
        .execute();
      expect(breaking.length, locale).toBeGreaterThanOrEqual(10);
      for (const item of breaking) expect(new Date(item.expires_at).getTime()).toBeGreaterThan(NOW.getTime());
    }
    // Editions differ: not every article is in every language.
    const perArticle = await testDb.db
      .selectFrom("translations")
      .select(["article_id", (eb) => eb.fn.countAll<string>().as("n")])
      .groupBy("article_id")
      .execute();
    const sizes = new Set(perArticle.map((r) => Number(r.n)));
    expect([...sizes].sort()).toEqual([1, 2, 3]);
  });

  it("stores bodies that pass validation, with references that resolve", async () => {
    const mediaIds = new Set((await testDb.db.selectFrom("media").select("id").execute()).map((m) => m.id));
    const articleIds = new Set(
      (await testDb.db.selectFrom("articles").select("id").execute()).map((a) => a.id),
    );
    const revisions = await testDb.db
      .selectFrom("revisions")
      .select(["id", "article_id", "locale", "body"])
      .execute();
    expect(revisions.length).toBeGreaterThan(0);
    for (const revision of revisions) {
      const where = `article ${revision.article_id} (${revision.locale})`;
      const body = (
        typeof revision.body === "string" ? JSON.parse(revision.body) : revision.body
      ) as BodyBlock[];
      const checked = validateBody(body);
      expect(checked.ok ? [] : checked.errors, where).toEqual([]);
      for (const block of body) {
        if (block.type === "image") expect(mediaIds.has(block.mediaId), where).toBe(true);
        if (block.type === "gallery")
          for (const item of block.items) expect(mediaIds.has(item.mediaId), where).toBe(true);
        if (block.type === "video" && block.posterMediaId)
          expect(mediaIds.has(block.posterMediaId), where).toBe(true);
        if (block.type === "related") {
          for (const id of block.articleIds) expect(articleIds.has(id), where).toBe(true);
          expect(block.articleIds).not.toContain(revision.article_id);
        }
      }
    }
    const leads = await testDb.db.selectFrom("articles").select(["id", "lead_media_id"]).execute();
    for (const article of leads)
      expect(mediaIds.has(article.lead_media_id ?? -1), `lead of ${article.id}`).toBe(true);
  });

  it("keeps drafts and reviews out of every published field", async () => {
    const unpublished = await testDb.db
      .selectFrom("translations")
      .selectAll()
      .where("status", "!=", "published")
      .execute();
    expect(unpublished.length).toBeGreaterThanOrEqual(3);
    for (const t of unpublished) {
      expect(t.published_revision_id).toBeNull();
      expect(t.published_slug).toBeNull();
      expect(t.published_title).toBeNull();
      expect(t.published_summary).toBeNull();
      expect(t.published_at).toBeNull();
      expect(t.first_published_at).toBeNull();
    }
    expect(await findPublishedColumnsDrift(testDb.db)).toEqual([]);
    const views = await testDb.db
      .selectFrom("article_views_daily as v")
      .innerJoin("translations as t", (join) =>
        join.onRef("t.article_id", "=", "v.article_id").onRef("t.locale", "=", "v.locale"),
      )
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("t.status", "!=", "published")
      .executeTakeFirstOrThrow();
    expect(Number(views.n)).toBe(0);
  });

  it("links each translation to the original's revision and denormalises the published one", async () => {
    const rows = await testDb.db
      .selectFrom("translations as t")
      .innerJoin("articles as a", "a.id", "t.article_id")
      .innerJoin("revisions as r", "r.id", "t.head_revision_id")
      .leftJoin("translations as o", (join) =>
        join.onRef("o.article_id", "=", "t.article_id").onRef("o.locale", "=", "a.original_locale"),
      )
      .select([
        "t.article_id",
        "t.locale",
        "t.status",
        "a.original_locale",
        "t.published_revision_id",
        "t.head_revision_id",
        "t.published_slug",
        "t.published_title",
        "t.published_at",
        "t.source_revision_id",
        "r.source_revision_id as revision_source",
        "r.slug",
        "r.title",
        "o.head_revision_id as original_revision",
        "o.published_at as original_published_at",
      ])
      .execute();
    for (const row of rows) {
      const where = `article ${row.article_id} (${row.locale})`;
      if (row.locale === row.original_locale) {
        expect(row.revision_source, where).toBeNull();
      } else {
        expect(row.revision_source, where).toBe(row.original_revision);
      }
      if (row.status !== "published") continue;
      expect(row.published_revision_id, where).toBe(row.head_revision_id);
      expect(row.published_slug, where).toBe(row.slug);
      expect(row.published_title, where).toBe(row.title);
      if (row.locale !== row.original_locale) {
        expect(row.source_revision_id, where).toBe(row.original_revision);
        const lag = new Date(row.published_at!).getTime() - new Date(row.original_published_at!).getTime();
        expect(lag, where).toBeGreaterThanOrEqual(0);
        expect(lag, where).toBeLessThanOrEqual(6 * 3_600_000);
      }
    }
  });

  it("keeps Arabic letters in Arabic slugs", async () => {
    const slugs = await testDb.db
      .selectFrom("translations")
      .select("published_slug")
      .where("locale", "=", "ar")
      .where("status", "=", "published")
      .execute();
    expect(slugs.length).toBeGreaterThan(0);
    for (const { published_slug } of slugs) expect(published_slug).toMatch(/\p{Script=Arabic}/u);
  });

  it("records views for the last days, more for the most shared stories", async () => {
    const rows = await testDb.db
      .selectFrom("article_views_daily as v")
      .innerJoin("articles as a", "a.id", "v.article_id")
      .select(["a.share_count", "v.views", sql<string>`v.day::text`.as("day")])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    const days = new Set(rows.map((r) => r.day));
    for (const day of days) {
      const age = (NOW.getTime() - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
      expect(age).toBeGreaterThan(-1);
      expect(age).toBeLessThan(10);
    }
    const total = (min: number, max: number) =>
      rows.filter((r) => r.share_count >= min && r.share_count < max).reduce((sum, r) => sum + r.views, 0) /
      Math.max(1, rows.filter((r) => r.share_count >= min && r.share_count < max).length);
    expect(total(500, Number.POSITIVE_INFINITY)).toBeGreaterThan(total(0, 150));
  });

  it("gives the live story 5–8 updates in each edition it is published in, listed newest first", async () => {
    const story = demoArticleId("f-lv-mediterranean-storm");
    const editions = await testDb.db
      .selectFrom("translations")
      .select("locale")
      .where("article_id", "=", story)
      .where("status", "=", "published")
      .execute();
    expect(editions.map((row) => row.locale).sort()).toEqual(["ar", "en", "es"]);
    for (const { locale } of editions) {
      const updates = await sql<{ id: number; created_at: Date; body: string }>`
        select id, created_at, body from live_updates where article_id = ${story} and locale = ${locale}
        order by id desc`.execute(testDb.db);
      const rows = updates.rows;
      expect(rows.length, locale).toBeGreaterThanOrEqual(5);
      expect(rows.length, locale).toBeLessThanOrEqual(8);
      // Readers list by id, newest first: ids must follow the times, all before the seed's "now".
      const times = rows.map((row) => new Date(row.created_at).getTime());
      expect(times, locale).toEqual([...times].sort((a, b) => b - a));
      expect(Math.max(...times)).toBeLessThan(NOW.getTime());
    }
    const arabic = await sql<{ body: string }>`
      select body from live_updates where article_id = ${story} and locale = 'ar'`.execute(testDb.db);
    for (const { body } of arabic.rows) expect(body).toMatch(/^[\u0600-\u06FF]/u);
  });

  it("moves the id sequence past the seeded ids", async () => {
    const section = await testDb.db.selectFrom("sections").select("id").executeTakeFirstOrThrow();
    const created = await testDb.db
      .insertInto("articles")
      .values({ kind: "news", section_id: section.id, original_locale: "en" })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(created.id).toBeGreaterThan(FIRST_ARTICLE_ID + DEMO_ARTICLES.length - 1);
    await testDb.db.deleteFrom("articles").where("id", "=", created.id).execute();
  });
});

describe("renewDemoBreaking", () => {
  it("puts expired demo items back on the ticker and leaves live ones alone", async () => {
    const later = new Date(NOW.getTime() + 48 * 3_600_000);
    const live = () =>
      testDb.db.selectFrom("breaking_items").select("id").where("expires_at", ">", later).execute();
    expect(await live()).toHaveLength(0);
    const renewed = await renewDemoBreaking(testDb.db, { now: later });
    expect(renewed).toBeGreaterThanOrEqual(30);
    expect(await live()).toHaveLength(renewed);
    expect(await renewDemoBreaking(testDb.db, { now: later })).toBe(0);
  });
});

describe("checkSeedContent", () => {
  it("accepts the demo content and names every broken reference", () => {
    expect(() => checkSeedContent(DEMO_ARTICLES, demoMediaCatalogue())).not.toThrow();
    const [first] = DEMO_ARTICLES;
    if (!first) throw new Error("no demo articles");
    const broken = {
      ...first,
      key: "broken",
      section: "news/nowhere",
      tags: ["no-such-tag"],
      authors: ["nobody"],
      translations: {
        es: { title: "T", summary: "S", body: [{ type: "related" as const, articles: ["ghost"] }] },
      },
    };
    expect(() => checkSeedContent([...DEMO_ARTICLES, broken], demoMediaCatalogue())).toThrow(
      /unknown section news\/nowhere[\s\S]*unknown tag no-such-tag[\s\S]*unknown author nobody[\s\S]*no \w\w original[\s\S]*related to unknown ghost/,
    );
  });
});

describe("checkLiveUpdates", () => {
  it("accepts the demo updates and refuses updates for stories that are not live or not in the edition", () => {
    expect(() => checkLiveUpdates(DEMO_ARTICLES, DEMO_LIVE_UPDATES)).not.toThrow();
    const notLive = DEMO_ARTICLES.find((article) => article.kind !== "live");
    if (!notLive) throw new Error("no ordinary demo article");
    expect(() =>
      checkLiveUpdates(DEMO_ARTICLES, [
        { article: "ghost", locale: "en", minutesAgo: 1, body: "x" },
        { article: notLive.key, locale: notLive.originalLocale, minutesAgo: 1, body: "x" },
      ]),
    ).toThrow(/ghost[^\n]*unknown article[\s\S]*not a live story/);
  });
});
