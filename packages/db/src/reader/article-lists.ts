import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { type ArticleCard, type ListPosition, publishedInEdition, toArticleCard } from "./articles.ts";
import { compiledOnce } from "./memo.ts";

/** Which articles an edition list holds. Section lists include the section's descendants. */
export type ArticleListFilter =
  | { by: "edition" }
  | { by: "sections"; sectionIds: readonly number[] }
  | { by: "region"; regionId: number }
  | { by: "tag"; tagId: number }
  | { by: "author"; authorId: number }
  | { by: "dossier"; dossierId: number };

export interface ArticlePageRequest {
  locale: Locale;
  filter: ArticleListFilter;
  /** Rows after this position in list order (newest first). */
  after?: ListPosition | undefined;
  /** Rows before this position in list order. */
  before?: ListPosition | undefined;
  limit: number;
  /** Read from the oldest end (paging backwards); rows come back oldest first. */
  inverted: boolean;
}

/**
 * One page of an edition list, keyset-paged on (published_at, id) newest
 * first, which the translations_edition_recent_idx index serves.
 */
export async function listArticlePage(
  db: Kysely<Database>,
  request: ArticlePageRequest,
): Promise<ArticleCard[]> {
  const { filter, after, before, limit, inverted } = request;
  if (filter.by === "sections" && filter.sectionIds.length === 0) return [];
  let query = filtered(db, publishedInEdition(db, request.locale), filter);
  if (after)
    query = query.where(
      sql<boolean>`(t.published_at, t.article_id) < (${after.publishedAt}::timestamptz, ${after.id}::integer)`,
    );
  if (before)
    query = query.where(
      sql<boolean>`(t.published_at, t.article_id) > (${before.publishedAt}::timestamptz, ${before.id}::integer)`,
    );
  const direction = inverted ? "asc" : "desc";
  const rows = await query
    .orderBy("t.published_at", direction)
    .orderBy("t.article_id", direction)
    .limit(limit)
    .execute();
  return rows.map(toArticleCard);
}

/** How many articles an edition list holds (for paging interfaces' "page 3 of 40"). */
export async function countArticles(
  db: Kysely<Database>,
  locale: Locale,
  filter: ArticleListFilter,
): Promise<number> {
  if (filter.by === "sections" && filter.sectionIds.length === 0) return 0;
  const row = await filtered(db, publishedInEdition(db, locale), filter)
    .clearSelect()
    .select(sql<string>`count(*)`.as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

type EditionList = ReturnType<typeof publishedInEdition>;

/** Narrows an edition's published articles to one list. */
function filtered(db: Kysely<Database>, query: EditionList, filter: ArticleListFilter): EditionList {
  switch (filter.by) {
    case "edition":
      return query;
    case "sections":
      return query.where("a.section_id", "in", [...filter.sectionIds]);
    case "region":
      return query.where("a.region_id", "=", filter.regionId);
    case "dossier":
      return query.where("a.dossier_id", "=", filter.dossierId);
    case "tag":
      return query.where(
        "a.id",
        "in",
        db.selectFrom("article_tags").where("tag_id", "=", filter.tagId).select("article_id"),
      );
    case "author":
      return query.where(
        "a.id",
        "in",
        db.selectFrom("article_authors").where("author_id", "=", filter.authorId).select("article_id"),
      );
  }
}

/**
 * The newest `perSection` articles of each section (with its descendants), in
 * one statement whatever the number of sections: a lateral join per section.
 */
export async function listLatestBySection(
  db: Kysely<Database>,
  locale: Locale,
  sectionIds: readonly number[],
  perSection: number,
): Promise<Array<{ sectionId: number; article: ArticleCard }>> {
  if (sectionIds.length === 0) return [];
  const rows = await latestBySection(db, sectionIds, locale, perSection);
  return rows.map((row) => ({ sectionId: row.group_id, article: toArticleCard(row) }));
}
const latestBySection = compiledOnce(
  (db, sectionIds: readonly number[], locale: Locale, perSection: number) => {
    const latest = publishedInEdition(db, locale)
      .innerJoin("sections as s", "s.id", "a.section_id")
      .where(sql<boolean>`(s.id = g.id or starts_with(s.path, g.path || '/'))`)
      .orderBy("t.published_at", "desc")
      .orderBy("t.article_id", "desc")
      .limit(perSection)
      .as("c");
    return db
      .selectFrom("sections as g")
      .innerJoinLateral(latest, (join) => join.onTrue())
      .where("g.id", "in", [...sectionIds])
      .select("g.id as group_id")
      .selectAll("c")
      .orderBy("g.id")
      .orderBy("c.published_at", "desc")
      .orderBy("c.id", "desc");
  },
);

/** Most read in an edition: views summed per article since `sinceDay` (YYYY-MM-DD, inclusive). */
export async function listMostRead(
  db: Kysely<Database>,
  locale: Locale,
  sinceDay: string,
  limit: number,
): Promise<Array<{ views: number; article: ArticleCard }>> {
  const rows = await mostRead(db, [sinceDay], locale, limit);
  return rows.map((row) => ({ views: Number(row.views), article: toArticleCard(row) }));
}
const mostRead = compiledOnce((db, [sinceDay]: readonly string[], locale: Locale, limit: number) => {
  const views = db
    .selectFrom("article_views_daily")
    .where("locale", "=", locale)
    .where("day", ">=", sinceDay!)
    .groupBy("article_id")
    .select(["article_id", sql<string>`sum(views)`.as("views")])
    .as("v");
  return publishedInEdition(db, locale)
    .innerJoin(views, "v.article_id", "a.id")
    .select("v.views")
    .orderBy("v.views", "desc")
    .orderBy("a.id", "desc")
    .limit(limit);
});

/**
 * For each source article, the newest articles published in `locale` that
 * share its dossier or one of its tags (the source itself excluded).
 */
export async function listRelatedByTopic(
  db: Kysely<Database>,
  locale: Locale,
  articleIds: readonly number[],
  perArticle: number,
): Promise<Array<{ sourceId: number; article: ArticleCard }>> {
  if (articleIds.length === 0) return [];
  const related = publishedInEdition(db, locale)
    .where(sql<boolean>`a.id <> src.id`)
    .where(
      sql<boolean>`a.id in (
        select d.id from articles d where d.dossier_id = src.dossier_id
        union
        select y.article_id from article_tags x join article_tags y on y.tag_id = x.tag_id where x.article_id = src.id
      )`,
    )
    .orderBy("t.published_at", "desc")
    .orderBy("t.article_id", "desc")
    .limit(perArticle)
    .as("c");
  return listPerSource(db, articleIds, related);
}

/** For each source article, the newest other articles of its section published in `locale`. */
export async function listReadNext(
  db: Kysely<Database>,
  locale: Locale,
  articleIds: readonly number[],
  perArticle: number,
): Promise<Array<{ sourceId: number; article: ArticleCard }>> {
  if (articleIds.length === 0) return [];
  const next = publishedInEdition(db, locale)
    .where(sql<boolean>`a.section_id = src.section_id and a.id <> src.id`)
    .orderBy("t.published_at", "desc")
    .orderBy("t.article_id", "desc")
    .limit(perArticle)
    .as("c");
  return listPerSource(db, articleIds, next);
}

async function listPerSource(
  db: Kysely<Database>,
  articleIds: readonly number[],
  lateral: ReturnType<ReturnType<typeof publishedInEdition>["as"]>,
): Promise<Array<{ sourceId: number; article: ArticleCard }>> {
  const rows = await db
    .selectFrom("articles as src")
    .innerJoinLateral(lateral, (join) => join.onTrue())
    .where("src.id", "in", [...articleIds])
    .select("src.id as source_id")
    .selectAll("c")
    .orderBy("src.id")
    .orderBy("c.published_at", "desc")
    .orderBy("c.id", "desc")
    .execute();
  return rows.map((row) => ({ sourceId: row.source_id, article: toArticleCard(row) }));
}
