import type { Locale } from "@sahifa/domain/locales";
import { formatRelativeTime } from "@sahifa/i18n/format";

/** An item of a live list as an island first shows it: `postedAgo` is how long ago, as of the page's rendering. */
export type WithPostedAgo<T> = T & { postedAgo?: string };

/** "12 minutes ago" from `now`, never "in 2 minutes" when the reader's clock is behind the newsroom's. */
export function postedAgo(postedAt: string, locale: Locale, now: number): string {
  return formatRelativeTime(postedAt, locale, { now: Math.max(now, Date.parse(postedAt)) });
}

/**
 * The items with how long ago each was posted as of `renderedAt`, formatted on the server so
 * that the browser builds no relative-time formatter to hydrate them; unchanged without a moment.
 */
export function withPostedAgo<T extends { postedAt: string }>(
  items: readonly T[],
  locale: Locale,
  renderedAt: number | null,
): Array<WithPostedAgo<T>> {
  if (renderedAt === null) return [...items];
  return items.map((item) => ({ ...item, postedAgo: postedAgo(item.postedAt, locale, renderedAt) }));
}
