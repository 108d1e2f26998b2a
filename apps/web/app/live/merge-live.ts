import type { Locale } from "@sahifa/domain/locales";
import { formatTime } from "@sahifa/i18n/format";
import { formatNewsroomDate } from "@sahifa/i18n/newsroom-time";
import type { LiveUpdateView } from "../model/live.ts";

/** Anything a live feed shows: an id and when it was posted. */
export interface LiveItem {
  id: string;
  postedAt: string;
}

/**
 * Adds `incoming` to `current`, newest first, each id once: an item the page already has
 * (the server's list, a catch-up after reconnecting) is never shown twice.
 */
export function mergeLive<T extends LiveItem>(
  current: readonly T[],
  incoming: readonly T[],
  limit = 20,
): T[] {
  const byId = new Map<string, T>();
  for (const item of [...incoming, ...current]) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()]
    .sort((a, b) => b.postedAt.localeCompare(a.postedAt) || Number(b.id) - Number(a.id))
    .slice(0, limit);
}

/** The `data` of one SSE `next` event: the subscription field's value, or null. */
export function parseLiveEvent<T>(data: string, field: string): T | null {
  try {
    const payload = JSON.parse(data) as { data?: Record<string, unknown> };
    const value = payload.data?.[field];
    return value && typeof value === "object" && typeof (value as { id?: unknown }).id === "string"
      ? (value as T)
      : null;
  } catch {
    return null;
  }
}

export function liveUpdateView(
  update: { id: string; title?: string | null; body: string; createdAt: unknown },
  locale: Locale,
  timeZone: string,
): LiveUpdateView {
  const postedAt = String(update.createdAt);
  return {
    id: update.id,
    title: update.title ?? null,
    body: update.body,
    postedAt,
    postedLabel: formatTime(postedAt, locale, { timeZone }),
    dayLabel: formatNewsroomDate(postedAt, locale, timeZone),
  };
}

/** Items already newest first, in runs of the same day (the live story's date dividers), in that order. */
export function groupByDay<T extends { dayLabel: string }>(
  items: readonly T[],
): Array<{ day: string; items: T[] }> {
  const groups: Array<{ day: string; items: T[] }> = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.day === item.dayLabel) last.items.push(item);
    else groups.push({ day: item.dayLabel, items: [item] });
  }
  return groups;
}
