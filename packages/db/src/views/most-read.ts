import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { listMostRead } from "../reader/article-lists.ts";
import type { ArticleCard } from "../reader/articles.ts";
import { publishedInEdition } from "../reader/articles.ts";
import { readMostReadRollup } from "./most-read-rollup.ts";
import { utcDay } from "./view-count.ts";

/**
 * "Most read" of an edition over a window of days (default seven, today
 * included), cached in process for a short time: every front page and article
 * page shows it, and a minute-old ranking is as good as a fresh one. Each API
 * instance keeps its own cache; that is fine for a ranking, and needs nothing
 * shared between instances. What is not fine is listing an article that is no
 * longer published, so every answer is checked against the translations table
 * (one lookup by primary key), and an unpublished article leaves every instance's
 * list at once.
 */

export const MOST_READ_WINDOW_DAYS = 7;
export const MOST_READ_TTL_MS = 60_000;
/** Ranked beyond the limit, so a list stays full when a cached entry is unpublished. */
const SPARE_ENTRIES = 5;

export interface MostReadOptions {
  days?: number;
  limit?: number;
  now?: Date;
}

export type MostReadEntry = { views: number; article: ArticleCard };

/** First day (UTC, inclusive) of a window of `days` days ending today. */
export function mostReadSinceDay(now: Date, days: number): string {
  return utcDay(new Date(now.getTime() - (days - 1) * 86_400_000));
}

interface CacheEntry {
  expires: number;
  value: Promise<MostReadEntry[]>;
}

/** One cache per database handle, so test databases (and schemas) never see each other's rankings. */
const caches = new WeakMap<Kysely<Database>, Map<string, CacheEntry>>();

export async function mostRead(
  db: Kysely<Database>,
  locale: Locale,
  options: MostReadOptions = {},
  ttlMs = MOST_READ_TTL_MS,
): Promise<MostReadEntry[]> {
  const days = Math.max(1, Math.trunc(options.days ?? MOST_READ_WINDOW_DAYS));
  const limit = Math.max(1, Math.trunc(options.limit ?? 10));
  const sinceDay = mostReadSinceDay(options.now ?? new Date(), days);
  const key = `${locale}|${sinceDay}|${limit}`;
  const ranking = await cachedRanking(
    db,
    key,
    // Windows rolled up in the background (most-read-rollup.ts) are read from the rollup; any other is summed now.
    () =>
      readMostReadRollup(db, locale, days, limit + SPARE_ENTRIES).then(
        (rolledUp) => rolledUp ?? listMostRead(db, locale, sinceDay, limit + SPARE_ENTRIES),
      ),
    ttlMs,
  );
  if (ranking.length === 0) return [];
  const stillPublished = await publishedInEdition(db, locale)
    .clearSelect()
    .select("a.id")
    .where(
      "a.id",
      "in",
      ranking.map((entry) => entry.article.id),
    )
    .execute();
  const live = new Set(stillPublished.map((row) => row.id));
  return ranking.filter((entry) => live.has(entry.article.id)).slice(0, limit);
}

function cachedRanking(
  db: Kysely<Database>,
  key: string,
  load: () => Promise<MostReadEntry[]>,
  ttlMs: number,
): Promise<MostReadEntry[]> {
  // Freshness is wall-clock time, whatever clock the request reasons with.
  const clock = Date.now();

  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const cached = cache.get(key);
  if (cached && cached.expires > clock) return cached.value;

  // The promise is cached, not the rows: requests arriving while it loads share one query.
  const value = load();
  cache.set(key, { expires: clock + ttlMs, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  for (const [other, entry] of cache) if (entry.expires <= clock) cache.delete(other);
  return value;
}
