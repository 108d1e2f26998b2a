import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { type ArticleCard, publishedInEdition, toArticleCard } from "../reader/articles.ts";
import { utcDay } from "./view-count.ts";

/**
 * Most read, rolled up in the background (docs/architecture/032-most-read-rollup.md).
 * Summing a week of daily view counts takes seconds on a large archive; one
 * API instance at a time does it every minute, and reader pages read the
 * stored top rows, re-checked against what is published right now.
 */

/** How many articles a ranking keeps: room for the largest list asked (20) after withdrawals. */
export const ROLLUP_DEPTH = 100;
const LOCK_KEY = "sahifa:most_read_rankings";

export interface RefreshOptions {
  now: Date;
  windowDays: number;
  /** Skip when another instance refreshed this window more recently than this. */
  minIntervalMs: number;
}

export async function refreshMostReadRollup(
  db: Kysely<Database>,
  options: RefreshOptions,
): Promise<"refreshed" | "skipped"> {
  const sinceDay = utcDay(new Date(options.now.getTime() - (options.windowDays - 1) * 86_400_000));
  return db.transaction().execute(async (trx) => {
    // One instance refreshes; the others skip rather than queue behind it.
    const { rows } = await sql<{ locked: boolean }>`
      select pg_try_advisory_xact_lock(hashtext(${LOCK_KEY})) as locked`.execute(trx);
    if (!rows[0]?.locked) return "skipped";
    const latest = await trx
      .selectFrom("most_read_rankings")
      .where("window_days", "=", options.windowDays)
      .select((eb) => eb.fn.max("refreshed_at").as("at"))
      .executeTakeFirst();
    if (latest?.at && new Date(latest.at).getTime() > options.now.getTime() - options.minIntervalMs)
      return "skipped";
    for (const locale of LOCALES) {
      await trx
        .deleteFrom("most_read_rankings")
        .where("locale", "=", locale)
        .where("window_days", "=", options.windowDays)
        .execute();
      const totals = trx
        .selectFrom("article_views_daily")
        .where("locale", "=", locale)
        .where("day", ">=", sinceDay)
        .groupBy("article_id")
        .select(["article_id", sql<string>`sum(views)`.as("views")])
        .as("v");
      const ranked = trx
        .selectFrom(totals)
        .innerJoin("translations as t", (join) =>
          join.onRef("t.article_id", "=", "v.article_id").on("t.locale", "=", locale),
        )
        .where("t.status", "=", "published")
        .where("t.published_revision_id", "is not", null)
        .select([
          sql.lit(locale).as("locale"),
          sql.lit(options.windowDays).as("window_days"),
          sql<number>`row_number() over (order by v.views desc, v.article_id desc)`.as("rank"),
          "v.article_id",
          "v.views",
          sql`${sinceDay}::date`.as("since_day"),
          sql`${options.now}::timestamptz`.as("refreshed_at"),
        ])
        .orderBy("v.views", "desc")
        .orderBy("v.article_id", "desc")
        .limit(ROLLUP_DEPTH);
      await trx
        .insertInto("most_read_rankings")
        .columns(["locale", "window_days", "rank", "article_id", "views", "since_day", "refreshed_at"])
        .expression(ranked)
        .execute();
    }
    return "refreshed";
  });
}

/**
 * The stored ranking of an edition, limited to what is published now; null
 * when the window has never been rolled up (the caller computes it then).
 */
export async function readMostReadRollup(
  db: Kysely<Database>,
  locale: Locale,
  windowDays: number,
  limit: number,
): Promise<Array<{ views: number; article: ArticleCard }> | null> {
  const rows = await publishedInEdition(db, locale)
    .innerJoin("most_read_rankings as m", (join) =>
      join
        .onRef("m.article_id", "=", "a.id")
        .on("m.locale", "=", locale)
        .on("m.window_days", "=", windowDays),
    )
    .select("m.views")
    .orderBy("m.rank")
    .limit(limit)
    .execute();
  if (rows.length > 0) return rows.map((row) => ({ views: Number(row.views), article: toArticleCard(row) }));
  const stored = await db
    .selectFrom("most_read_rankings")
    .where("locale", "=", locale)
    .where("window_days", "=", windowDays)
    .select("rank")
    .limit(1)
    .executeTakeFirst();
  return stored ? [] : null;
}
