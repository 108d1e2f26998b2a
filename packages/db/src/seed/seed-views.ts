import type { Locale } from "@sahifa/domain/locales";
import { seededRandom } from "./random.ts";

const DAY_MS = 86_400_000;

/** Editions differ in audience size, so most-read lists do not mirror each other. */
const EDITION_AUDIENCE: Record<Locale, number> = { en: 1, ar: 0.85, es: 0.6 };

export interface DailyViews {
  /** UTC calendar day, YYYY-MM-DD. */
  day: string;
  views: number;
}

export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Deterministic daily view counts for one published translation over the
 * `days` days up to `now`: nothing before publication, a peak on the first
 * days that fades, scaled by how much the story was shared.
 */
export function seedDailyViews(input: {
  articleKey: string;
  locale: Locale;
  publishedAt: Date;
  now: Date;
  shareCount: number;
  days?: number;
}): DailyViews[] {
  const random = seededRandom(`views:${input.articleKey}:${input.locale}`);
  const popularity = 1 + Math.log10(1 + input.shareCount) * 1.5;
  const firstDay = utcDay(input.publishedAt);
  const rows: DailyViews[] = [];
  for (let back = 0; back < (input.days ?? 10); back++) {
    const dayStart = new Date(
      Date.UTC(input.now.getUTCFullYear(), input.now.getUTCMonth(), input.now.getUTCDate()) - back * DAY_MS,
    );
    const day = utcDay(dayStart);
    const jitter = 0.7 + random() * 0.6;
    if (day < firstDay) continue;
    const age = Math.max(
      0,
      (dayStart.getTime() -
        Date.UTC(
          input.publishedAt.getUTCFullYear(),
          input.publishedAt.getUTCMonth(),
          input.publishedAt.getUTCDate(),
        )) /
        DAY_MS,
    );
    const views = Math.round(
      140 * popularity * EDITION_AUDIENCE[input.locale] * Math.exp(-age / 2.5) * jitter,
    );
    rows.push({ day, views: Math.max(1, views) });
  }
  return rows;
}
