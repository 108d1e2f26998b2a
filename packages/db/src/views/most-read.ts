import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { listMostRead } from "../reader/article-lists.ts";
import type { ArticleCard } from "../reader/articles.ts";
import { readMostReadRollup } from "./most-read-rollup.ts";
import { utcDay } from "./view-count.ts";

/**
 * "Most read" of an edition over a window of days (default seven, today
 * included), cached in process for a short time: every front page and article
 * page shows it, and a minute-old ranking is as good as a fresh one. Each API
 * instance keeps its own cache; that is fine for a ranking, and needs nothing
 * shared between instances. Windows rolled up in the background
 * (most-read-rollup.ts) are read from the rollup; any other window is summed
 * on demand.
 */

export const MOST_READ_WINDOW_DAYS = 7;
export const MOST_READ_TTL_MS = 60_000;

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
  const value = readMostReadRollup(db, locale, days, limit).then(
    (rolledUp) => rolledUp ?? listMostRead(db, locale, sinceDay, limit),
  );
  cache.set(key, { expires: clock + ttlMs, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  for (const [other, entry] of cache) if (entry.expires <= clock) cache.delete(other);
  return value;
}
