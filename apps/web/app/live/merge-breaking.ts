import type { Locale } from "@sahifa/domain/locales";
import { formatTime } from "@sahifa/i18n/format";
import type { BreakingItemView } from "../model/edition.ts";
import { encodePath } from "../urls.ts";
import { parseLiveEvent } from "./merge-live.ts";

/** A breaking item as the API sends it (the reader's list and the breakingNews subscription). */
export interface BreakingEventData {
  id: string;
  text: string;
  attribution?: string | null;
  url?: string | null;
  /** The story it points at, when that is published in the edition (a raw path, as the API sends it). */
  article?: { url: string } | null;
  createdAt: unknown;
}

export function breakingView(item: BreakingEventData, locale: Locale, timeZone: string): BreakingItemView {
  const postedAt = String(item.createdAt);
  return {
    id: item.id,
    text: item.text,
    attribution: item.attribution ?? null,
    // The story's page, when the item has one, is where a reader goes for more.
    url: item.article ? encodePath(item.article.url) : (item.url ?? null),
    postedAt,
    postedLabel: formatTime(postedAt, locale, { timeZone }),
  };
}

/** The breaking item of one SSE `next` event, or null when the event carries none. */
export function parseBreakingEvent(data: string): BreakingEventData | null {
  const item = parseLiveEvent<BreakingEventData>(data, "breakingNews");
  return item && typeof item.text === "string" ? item : null;
}
