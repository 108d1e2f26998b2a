import type { Locale } from "@sahifa/domain/locales";
import type { BreakingItemView } from "../model/edition.ts";
import { breakingView, parseBreakingEvent } from "./merge-breaking.ts";
import type { WithPostedAgo } from "./posted-ago.ts";
import { type LiveState, useLiveFeed } from "./useLiveFeed.ts";

/** The edition's breaking items (ticker, LIVE page), live over the web app's relay. */
export function useLiveBreaking(
  locale: Locale,
  timeZone: string,
  initial: ReadonlyArray<WithPostedAgo<BreakingItemView>>,
  limit = 20,
): { items: Array<WithPostedAgo<BreakingItemView>>; state: LiveState } {
  return useLiveFeed(
    `/live-events/breaking/${locale}`,
    initial,
    (data) => {
      const item = parseBreakingEvent(data);
      return item ? breakingView(item, locale, timeZone) : null;
    },
    limit,
  );
}
