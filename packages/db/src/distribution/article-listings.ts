import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";

/**
 * Every reader list an article appears in (section and its ancestors,
 * region, dossier, tags, authors) and the editions publishing it: what a
 * change to the article must purge from caches.
 */
export interface ArticleListings {
  articleId: number;
  publishedLocales: Locale[];
  /** The article's section and every ancestor, whose lists include their descendants. */
  sectionSlugs: string[];
  regionSlug: string | null;
  dossierSlug: string | null;
  tagSlugs: string[];
  authorSlugs: string[];
}

export async function findArticleListings(
  db: Kysely<Database>,
  articleId: number,
): Promise<ArticleListings | null> {
  const article = await db
    .selectFrom("articles as a")
    .innerJoin("sections as s", "s.id", "a.section_id")
    .leftJoin("regions as r", "r.id", "a.region_id")
    .leftJoin("dossiers as d", "d.id", "a.dossier_id")
    .where("a.id", "=", articleId)
    .select([
      "r.slug as region_slug",
      "d.slug as dossier_slug",
      (eb) =>
        eb
          .selectFrom("sections as up")
          .where(sql<boolean>`up.path = s.path or starts_with(s.path, up.path || '/')`)
          .select(sql<string[]>`array_agg(up.slug order by length(up.path))`.as("slugs"))
          .as("section_slugs"),
      (eb) =>
        eb
          .selectFrom("article_tags as x")
          .innerJoin("tags as g", "g.id", "x.tag_id")
          .whereRef("x.article_id", "=", "a.id")
          .select(sql<string[]>`coalesce(array_agg(g.slug order by g.slug), '{}')`.as("slugs"))
          .as("tag_slugs"),
      (eb) =>
        eb
          .selectFrom("article_authors as x")
          .innerJoin("authors as p", "p.id", "x.author_id")
          .whereRef("x.article_id", "=", "a.id")
          .select(sql<string[]>`coalesce(array_agg(p.slug order by p.slug), '{}')`.as("slugs"))
          .as("author_slugs"),
      (eb) =>
        eb
          .selectFrom("translations as t")
          .whereRef("t.article_id", "=", "a.id")
          .where("t.status", "=", "published")
          .where("t.published_revision_id", "is not", null)
          .select(sql<Locale[]>`coalesce(array_agg(t.locale order by t.locale), '{}')`.as("locales"))
          .as("published_locales"),
    ])
    .executeTakeFirst();
  if (!article) return null;
  return {
    articleId,
    publishedLocales: article.published_locales ?? [],
    sectionSlugs: article.section_slugs ?? [],
    regionSlug: article.region_slug,
    dossierSlug: article.dossier_slug,
    tagSlugs: article.tag_slugs ?? [],
    authorSlugs: article.author_slugs ?? [],
  };
}
