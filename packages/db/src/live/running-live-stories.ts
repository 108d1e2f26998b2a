import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import {
  type ArticleCard,
  type ArticleCardRow,
  type ListPosition,
  publishedInEdition,
  toArticleCard,
} from "../reader/articles.ts";
import { withLiveTables } from "./live-updates.table.ts";
import type { LiveUpdate } from "./live-updates.ts";

/** A live story running in an edition, as readers and API clients follow it. */
export interface RunningLiveStory {
  story: ArticleCard;
  /** Its newest update in the edition, or its first publication there before any update. */
  lastUpdatedAt: Date;
  latestUpdate: LiveUpdate | null;
  /** Keyset position in the list: the last update at full (microsecond) precision, and the id. */
  position: ListPosition;
}

export interface RunningLiveStoriesRequest {
  locale: Locale;
  /** A story last updated before this moment is no longer running. */
  since: Date;
  /** Rows after this position in list order (most recently updated first). */
  after?: ListPosition | undefined;
  /** Rows before this position in list order. */
  before?: ListPosition | undefined;
  limit: number;
  /** Read from the least recently updated end (paging backwards); rows come back in that order. */
  inverted: boolean;
}

interface RunningRow extends ArticleCardRow {
  update_id: number | null;
  update_title: string | null;
  update_body: string | null;
  update_created_at: Date | null;
  last_updated_at: Date;
  last_updated_key: string;
}

/**
 * One page of the live stories running in an edition, the most recently updated first.
 * Only stories PUBLISHED in the edition are listed. The candidates come from the edition's
 * updates since `since` (live_updates_edition_recent_idx) and its publications since then
 * (translations_edition_recent_idx), so the cost follows the last day's activity, never the
 * number of live stories ever published.
 */
export async function listRunningLiveStories(
  db: Kysely<Database>,
  request: RunningLiveStoriesRequest,
): Promise<RunningLiveStory[]> {
  const { locale, since, after, before, limit, inverted } = request;
  if (limit <= 0) return [];
  const recentlyActive = withLiveTables(db)
    .selectFrom("live_updates")
    .where("locale", "=", locale)
    .where("created_at", ">=", since)
    .select("article_id")
    .union(
      db
        .selectFrom("translations")
        .where("locale", "=", locale)
        .where("status", "=", "published")
        .where("published_at", ">=", since)
        .select("article_id"),
    );
  const lastUpdated = sql<Date>`coalesce(n.created_at, t.first_published_at)`;
  let query = publishedInEdition(db, locale)
    .leftJoinLateral(
      sql<{ id: number; title: string | null; body: string; created_at: Date }>`(
        select u.id, u.title, u.body, u.created_at from live_updates u
        where u.article_id = t.article_id and u.locale = t.locale
        order by u.id desc limit 1
      )`.as("n"),
      (join) => join.onTrue(),
    )
    .where("a.kind", "=", "live")
    .where("t.article_id", "in", recentlyActive)
    .where(lastUpdated, ">=", since)
    .select([
      "n.id as update_id",
      "n.title as update_title",
      "n.body as update_body",
      "n.created_at as update_created_at",
      lastUpdated.as("last_updated_at"),
      sql<string>`coalesce(n.created_at, t.first_published_at)::text`.as("last_updated_key"),
    ]);
  if (after)
    query = query.where(
      sql<boolean>`(coalesce(n.created_at, t.first_published_at), t.article_id) < (${after.publishedAt}::timestamptz, ${after.id}::integer)`,
    );
  if (before)
    query = query.where(
      sql<boolean>`(coalesce(n.created_at, t.first_published_at), t.article_id) > (${before.publishedAt}::timestamptz, ${before.id}::integer)`,
    );
  const direction = inverted ? "asc" : "desc";
  const rows: RunningRow[] = await query
    .orderBy(lastUpdated, direction)
    .orderBy("t.article_id", direction)
    .limit(limit)
    .execute();
  return rows.map(toRunningLiveStory);
}

function toRunningLiveStory(row: RunningRow): RunningLiveStory {
  const story = toArticleCard(row);
  const latestUpdate =
    row.update_id === null || row.update_body === null || row.update_created_at === null
      ? null
      : {
          id: row.update_id,
          articleId: story.id,
          locale: story.locale,
          title: row.update_title,
          body: row.update_body,
          createdAt: row.update_created_at,
        };
  return {
    story,
    lastUpdatedAt: row.last_updated_at,
    latestUpdate,
    position: { publishedAt: row.last_updated_key, id: story.id },
  };
}
