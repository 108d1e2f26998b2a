import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import { liveUpdateView } from "../live/merge-live.ts";
import type { LiveUpdateView } from "../model/live.ts";
import type { ReaderApi } from "./reader-api.ts";

const LiveUpdatesQuery = graphql(`
  query LiveUpdates($id: ID!, $locale: Locale!) {
    article(id: $id, locale: $locale) {
      liveUpdates(first: 50) { id title body createdAt }
    }
  }
`);

/** A live story's updates in the edition, newest first (empty when it has none or is not published). */
export function loadLiveUpdates(api: ReaderApi, locale: Locale, id: string): Promise<LiveUpdateView[]> {
  return api.cached(`live-updates ${locale} ${id}`, async () => {
    const data = await api.query(LiveUpdatesQuery, { id, locale });
    return (data.article?.liveUpdates ?? []).map((update) => liveUpdateView(update, locale, api.timeZone));
  });
}
