import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";

/**
 * Counts one read of an article page in an edition: a counter per translation per UTC day.
 * Only a published translation counts, so a beacon cannot create rows for drafts or for ids
 * that do not exist; and one visitor counts once per article and hour, so a client replaying
 * beacons cannot lift an article up the Most Read list. `visitor` is an opaque key (a hash
 * under the day's salt, visitor-salt.ts), never an address. Returns whether the view counted.
 */
export async function recordView(
  db: Kysely<Database>,
  view: { articleId: number; locale: Locale; visitor: string; at?: Date },
): Promise<boolean> {
  const at = view.at ?? new Date();
  const hour = new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
  // One statement: the beacon row and the count go in together or not at all.
  const result = await sql<{ article_id: number }>`
    with beacon as (
      insert into view_beacons (visitor, article_id, locale, hour)
      select ${view.visitor}, t.article_id, t.locale, ${hour}
      from translations t
      where t.article_id = ${view.articleId} and t.locale = ${view.locale} and t.status = 'published'
      on conflict do nothing
      returning article_id, locale
    )
    insert into article_views_daily (article_id, locale, day, views)
    select article_id, locale, ${utcDay(at)}::date, 1 from beacon
    on conflict (locale, day, article_id) do update set views = article_views_daily.views + 1
    returning article_id`.execute(db);
  return result.rows.length > 0;
}

/** Beacon rows only matter within their hour; older ones are deleted. */
export async function pruneViewBeacons(db: Kysely<Database>, now: Date = new Date()): Promise<void> {
  const currentHour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  await db.deleteFrom("view_beacons").where("hour", "<", currentHour).execute();
}

/** The calendar day (UTC) of an instant, as YYYY-MM-DD. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
