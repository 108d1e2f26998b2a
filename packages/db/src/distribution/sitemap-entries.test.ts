import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addFixtureArticle, createFixtureTaxonomy, type FixtureTaxonomy } from "../search/search.fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { listSitemapPages, SITEMAP_PAGE_SIZE, sitemapPagesStatement } from "./sitemap-entries.ts";

let test: TestDatabase;
let taxonomy: FixtureTaxonomy;

beforeAll(async () => {
  test = await createTestDatabase();
  taxonomy = await createFixtureTaxonomy(test.db);
});
afterAll(async () => {
  await test?.close();
});

const at = (iso: string) => new Date(iso);

async function article(
  locale: "en" | "ar" | "es",
  publishedAt: string,
  status: "published" | "draft" = "published",
) {
  return addFixtureArticle(test.db, taxonomy, {
    locale,
    title: `Sitemap page ${publishedAt}`,
    summary: "A page of the sitemap.",
    paragraphs: ["Our own text for the sitemap test."],
    status,
    publishedAt: at(publishedAt),
  });
}

describe("sitemap pages", () => {
  it("lists each edition's non-empty pages of 50,000 ids with their newest publication, drafts aside", async () => {
    await article("en", "2026-11-20T08:00:00Z");
    const latestFirstPage = await article("en", "2026-11-22T08:00:00Z");
    await article("ar", "2026-11-21T08:00:00Z");
    await article("es", "2026-11-30T08:00:00Z", "draft");
    // The next article opens the third page: the second stays empty and is not listed.
    await sql`alter table articles alter column id restart with ${sql.lit(2 * SITEMAP_PAGE_SIZE + 7)}`.execute(
      test.db,
    );
    const third = await article("en", "2026-11-23T09:30:00Z");
    expect(latestFirstPage).toBeLessThanOrEqual(SITEMAP_PAGE_SIZE);
    expect(third).toBe(2 * SITEMAP_PAGE_SIZE + 7);

    expect(await listSitemapPages(test.db)).toEqual([
      { locale: "ar", page: 1, lastModified: at("2026-11-21T08:00:00Z") },
      { locale: "en", page: 1, lastModified: at("2026-11-22T08:00:00Z") },
      { locale: "en", page: 3, lastModified: at("2026-11-23T09:30:00Z") },
    ]);
  });

  it("finds each page's newest publication through the page index, not by reading every translation", async () => {
    // Tiny tables are cheapest to scan; forbidding that shows whether the index can serve the statement.
    await sql`set enable_seqscan = off`.execute(test.db);
    try {
      const { rows } = await sql<{ "QUERY PLAN": string }>`explain ${sitemapPagesStatement()}`.execute(
        test.db,
      );
      const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
      expect(plan).toContain("translations_sitemap_page_idx");
      expect(plan).not.toMatch(/Seq Scan on translations/);
    } finally {
      await sql`set enable_seqscan = on`.execute(test.db);
    }
  });
});
