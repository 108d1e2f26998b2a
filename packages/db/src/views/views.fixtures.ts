import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { addFixtureArticle, type FixtureTaxonomy } from "../search/search.fixtures.ts";

/** Adds one article published (or drafted) in one edition, twenty days before `now`, for view-count tests. */
export function viewsFixtureArticle(db: Kysely<Database>, taxonomy: FixtureTaxonomy, now: Date) {
  return (title: string, locale: "en" | "ar" | "es" = "en", status: "published" | "draft" = "published") =>
    addFixtureArticle(db, taxonomy, {
      locale,
      title,
      summary: `${title}.`,
      paragraphs: [title],
      status,
      publishedAt: new Date(now.getTime() - 20 * 86_400_000),
    });
}
