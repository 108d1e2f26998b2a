import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { publishedInEdition, toArticleCard } from "../reader/articles.ts";

/**
 * What sitemaps list: published translations only, read in keyset batches so a
 * whole edition streams with flat memory (docs/architecture/030-distribution-streaming.md).
 */

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_PAGE_SIZE = 50_000;
const BATCH_SIZE = 1_000;

export interface SitemapPage {
  locale: Locale;
  /** 1-based: page n holds the articles with ids in ((n-1)·50,000, n·50,000]. */
  page: number;
  lastModified: Date;
}

/**
 * Every non-empty sitemap page of every edition with its newest publication.
 * Pages are ranges of article ids, so an article stays on the same page for
 * ever and a page never holds more than 50,000 URLs. Each page's newest
 * publication is one probe of translations_sitemap_page_idx (its expression
 * is the page number below, written the same way so the planner matches it).
 */
export async function listSitemapPages(db: Kysely<Database>): Promise<SitemapPage[]> {
  const { rows } = await sitemapPagesStatement().execute(db);
  return rows.map((row) => ({
    locale: row.locale,
    page: Number(row.page),
    lastModified: new Date(row.last_modified),
  }));
}

/** The statement of listSitemapPages, apart so a test can check its plan. */
export function sitemapPagesStatement() {
  return sql<{ locale: Locale; page: number; last_modified: Date }>`
    select l.locale, p.page, m.last_modified
    from unnest(${sql.val([...LOCALES])}::text[]) l(locale)
    cross join generate_series(1, (select coalesce(max(article_id), 0) from translations) / ${sql.lit(SITEMAP_PAGE_SIZE)} + 1) p(page)
    cross join lateral (
      select max(t.published_at) as last_modified from translations t
      where t.locale = l.locale and t.status = 'published' and t.published_revision_id is not null
        and (t.article_id - 1) / ${sql.lit(SITEMAP_PAGE_SIZE)} + 1 = p.page
    ) m
    where m.last_modified is not null
    order by l.locale, p.page`;
}

/** An edition publishing the article, for an hreflang alternate. */
export interface SitemapAlternate {
  locale: Locale;
  slug: string;
}

export interface SitemapEntry {
  articleId: number;
  sectionId: number;
  slug: string;
  /** Latest publication of this translation. */
  lastModified: Date;
  /** Every edition publishing the article, this one included, in locale order. */
  editions: SitemapAlternate[];
}

/**
 * The articles of one sitemap page of `locale`, oldest id first, in batches.
 * One statement per batch reads only what a URL needs, with the article's
 * published editions aggregated on its row, so a batch is 1,000 small rows.
 */
export async function* streamSitemapPage(
  db: Kysely<Database>,
  locale: Locale,
  page: number,
): AsyncGenerator<SitemapEntry[]> {
  const lastId = page * SITEMAP_PAGE_SIZE;
  let afterId = (page - 1) * SITEMAP_PAGE_SIZE;
  while (afterId < lastId) {
    const rows = await sitemapBatch(db, locale, afterId, lastId);
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      articleId: row.article_id,
      sectionId: row.section_id,
      slug: row.slug,
      lastModified: row.last_modified,
      editions: row.editions,
    }));
    if (rows.length < BATCH_SIZE) return;
    afterId = rows[rows.length - 1]!.article_id;
  }
}

/** One batch of a sitemap page: the translations published in `locale` with ids in (afterId, lastId]. */
function sitemapBatch(db: Kysely<Database>, locale: Locale, afterId: number, lastId: number) {
  return db
    .selectFrom("translations as t")
    .innerJoin("articles as a", "a.id", "t.article_id")
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom("translations as e")
          .whereRef("e.article_id", "=", "t.article_id")
          .where("e.status", "=", "published")
          .where("e.published_revision_id", "is not", null)
          // JSON, not two text arrays: pg parses a json column with JSON.parse, far cheaper than its array parser.
          .select(
            sql<
              SitemapAlternate[]
            >`json_agg(json_build_object('locale', e.locale, 'slug', coalesce(e.published_slug, e.article_id::text)) order by e.locale)`.as(
              "editions",
            ),
          )
          .as("e"),
      (join) => join.onTrue(),
    )
    .where("t.locale", "=", locale)
    .where("t.status", "=", "published")
    .where("t.published_revision_id", "is not", null)
    .where("t.article_id", ">", afterId)
    .where("t.article_id", "<=", lastId)
    .select([
      "t.article_id",
      "a.section_id",
      sql<string>`coalesce(t.published_slug, t.article_id::text)`.as("slug"),
      sql<Date>`coalesce(t.published_at, t.first_published_at, 'epoch')`.as("last_modified"),
      "e.editions",
    ])
    .orderBy("t.article_id")
    .limit(BATCH_SIZE)
    .execute();
}

export interface NewsSitemapEntry {
  articleId: number;
  sectionId: number;
  slug: string;
  title: string;
  firstPublished: Date;
}

/** Google News reads at most 1,000 URLs per news sitemap. */
export const NEWS_SITEMAP_LIMIT = 1_000;

/** Articles first published in `locale` since `since`, newest first. */
export async function listNewsSitemapEntries(
  db: Kysely<Database>,
  locale: Locale,
  since: Date,
): Promise<NewsSitemapEntry[]> {
  const rows = await publishedInEdition(db, locale)
    // A first publication since `since` implies a latest one since then too: the edition index serves this.
    .where("t.published_at", ">=", since)
    .where("t.first_published_at", ">=", since)
    .orderBy("t.published_at", "desc")
    .orderBy("t.article_id", "desc")
    .limit(NEWS_SITEMAP_LIMIT)
    .execute();
  return rows.map(toArticleCard).map((card) => ({
    articleId: card.id,
    sectionId: card.sectionId,
    slug: card.slug,
    title: card.title,
    firstPublished: card.publishedAt,
  }));
}
