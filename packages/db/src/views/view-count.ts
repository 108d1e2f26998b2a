import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";

/**
 * Counts one read of an article page in an edition: a counter per
 * translation per UTC day, nothing about the reader. Only a published
 * translation counts, so a beacon cannot create rows for drafts or for ids
 * that do not exist. Returns whether the view was counted.
 */
export async function recordView(
  db: Kysely<Database>,
  view: { articleId: number; locale: Locale; at?: Date },
): Promise<boolean> {
  const day = utcDay(view.at ?? new Date());
  const result = await db
    .insertInto("article_views_daily")
    .columns(["article_id", "locale", "day", "views"])
    .expression((eb) =>
      eb
        .selectFrom("translations")
        .select(["article_id", "locale", sql<string>`${day}::date`.as("day"), sql<number>`1`.as("views")])
        .where("article_id", "=", view.articleId)
        .where("locale", "=", view.locale)
        .where("status", "=", "published"),
    )
    .onConflict((oc) =>
      oc.columns(["locale", "day", "article_id"]).doUpdateSet({ views: sql`article_views_daily.views + 1` }),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The calendar day (UTC) of an instant, as YYYY-MM-DD. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
