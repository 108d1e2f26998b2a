import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import type { ArticleKind } from "@sahifa/domain/taxonomy";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { compiledOnce, perEdition } from "./memo.ts";

/**
 * Reader queries: only translations PUBLISHED in the asked edition are ever
 * returned (status 'published' with a published revision). Drafts, reviews
 * and archived translations never leave these functions.
 */

/** One article as a reader list or page shows it in one edition. */
export interface ArticleCard {
  id: number;
  locale: Locale;
  kind: ArticleKind;
  sectionId: number;
  regionId: number | null;
  dossierId: number | null;
  originalLocale: Locale;
  sourceName: string | null;
  leadMediaId: number | null;
  shareCount: number;
  slug: string;
  title: string;
  summary: string;
  /** First publication of this translation. */
  publishedAt: Date;
  /** Latest publication of this translation (lists are ordered by it). */
  updatedAt: Date;
  publishedRevisionId: number;
  /** Keyset position in edition lists: published_at at full (microsecond) precision, and the id. */
  position: ListPosition;
}

/** Where a row sits in an edition list ordered by (published_at desc, article id desc). */
export interface ListPosition {
  /** published_at as Postgres text, so no precision is lost through JS Dates. */
  publishedAt: string;
  id: number;
}

/** The language-neutral facts of `articles as a` that every reader card carries. */
export const ARTICLE_FACT_COLUMNS = [
  "a.id",
  "a.kind",
  "a.section_id",
  "a.region_id",
  "a.dossier_id",
  "a.original_locale",
  "a.source_name",
  "a.lead_media_id",
  "a.share_count",
] as const;

/** The select every reader list shares: articles joined with their translation published in `locale`. */
export const publishedInEdition = perEdition((db: Kysely<Database>, locale: Locale) =>
  db
    .selectFrom("translations as t")
    .innerJoin("articles as a", "a.id", "t.article_id")
    .where("t.locale", "=", locale)
    .where("t.status", "=", "published")
    .where("t.published_revision_id", "is not", null)
    .select([
      ...ARTICLE_FACT_COLUMNS,
      "t.locale",
      "t.published_slug",
      "t.published_title",
      "t.published_summary",
      "t.first_published_at",
      "t.published_at",
      "t.published_revision_id",
      sql<string>`t.published_at::text`.as("position_key"),
    ]),
);

export interface ArticleCardRow {
  id: number;
  locale: Locale;
  kind: ArticleKind;
  section_id: number;
  region_id: number | null;
  dossier_id: number | null;
  original_locale: Locale;
  source_name: string | null;
  lead_media_id: number | null;
  share_count: number;
  published_slug: string | null;
  published_title: string | null;
  published_summary: string | null;
  first_published_at: Date | null;
  published_at: Date | null;
  published_revision_id: number | null;
  position_key: string;
}

export function toArticleCard(row: ArticleCardRow): ArticleCard {
  const updatedAt = row.published_at ?? row.first_published_at ?? new Date(0);
  return {
    id: row.id,
    locale: row.locale,
    kind: row.kind,
    sectionId: row.section_id,
    regionId: row.region_id,
    dossierId: row.dossier_id,
    originalLocale: row.original_locale,
    sourceName: row.source_name,
    leadMediaId: row.lead_media_id,
    shareCount: row.share_count,
    slug: row.published_slug ?? String(row.id),
    title: row.published_title ?? "",
    summary: row.published_summary ?? "",
    publishedAt: row.first_published_at ?? updatedAt,
    updatedAt,
    publishedRevisionId: row.published_revision_id ?? 0,
    position: { publishedAt: row.position_key, id: row.id },
  };
}

/** Articles published in `locale` among `ids`; ids not published there are simply absent. */
export async function findArticleCards(
  db: Kysely<Database>,
  locale: Locale,
  ids: readonly number[],
): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  return (await cardsById(db, ids, locale)).map(toArticleCard);
}
const cardsById = compiledOnce((db, ids: readonly number[], locale: Locale) =>
  publishedInEdition(db, locale).where("a.id", "in", [...ids]),
);

/** Articles whose published slug in `locale` is one of `slugs`. */
export async function findArticleCardsBySlug(
  db: Kysely<Database>,
  locale: Locale,
  slugs: readonly string[],
): Promise<ArticleCard[]> {
  if (slugs.length === 0) return [];
  return (await cardsBySlug(db, slugs, locale)).map(toArticleCard);
}
const cardsBySlug = compiledOnce((db, slugs: readonly string[], locale: Locale) =>
  publishedInEdition(db, locale).where("t.published_slug", "in", [...slugs]),
);

/** What a reader page takes from a published revision besides the card: its body and search-engine fields. */
export interface PublishedRevisionContent {
  revisionId: number;
  body: BodyBlock[];
  /** The desk's title and description for search engines and link previews; null when not set. */
  seoTitle: string | null;
  seoDescription: string | null;
}

/** Published revisions' content, by revision id (the ids come from ArticleCard.publishedRevisionId). */
export async function findPublishedRevisionContent(
  db: Kysely<Database>,
  revisionIds: readonly number[],
): Promise<PublishedRevisionContent[]> {
  if (revisionIds.length === 0) return [];
  const rows = await revisionContent(db, revisionIds);
  return rows.map((row) => ({
    revisionId: row.id,
    body: row.body,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
  }));
}

const revisionContent = compiledOnce((db, ids: readonly number[]) =>
  db
    .selectFrom("revisions")
    .where("id", "in", [...ids])
    .select(["id", "body", "seo_title", "seo_description"]),
);

export interface PublishedEdition {
  articleId: number;
  locale: Locale;
  slug: string;
  sectionId: number;
}

/** Every edition that publishes each article (what the edition switcher and hreflang links need). */
export async function findPublishedEditions(
  db: Kysely<Database>,
  articleIds: readonly number[],
): Promise<PublishedEdition[]> {
  if (articleIds.length === 0) return [];
  const rows = await publishedEditions(db, articleIds);
  return rows.map((row) => ({
    articleId: row.article_id,
    locale: row.locale,
    slug: row.published_slug ?? String(row.article_id),
    sectionId: row.section_id,
  }));
}

const publishedEditions = compiledOnce((db, articleIds: readonly number[]) =>
  db
    .selectFrom("translations as t")
    .innerJoin("articles as a", "a.id", "t.article_id")
    .where("t.article_id", "in", [...articleIds])
    .where("t.status", "=", "published")
    .where("t.published_revision_id", "is not", null)
    .select(["t.article_id", "t.locale", "t.published_slug", "a.section_id"])
    .orderBy("t.article_id")
    .orderBy("t.locale"),
);
