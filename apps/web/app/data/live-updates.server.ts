import type { Locale } from "@sahifa/domain/locales";
import { graphql } from "../graphql/graphql.ts";
import { readerQuery } from "../graphql/reader-query.server.ts";
import { liveUpdateView } from "../live/merge-live.ts";
import type { LiveUpdateView } from "../model/live.ts";

const LiveUpdatesQuery = graphql(`
  query LiveUpdates($id: ID!, $locale: Locale!) {
    article(id: $id, locale: $locale) {
      liveUpdates(first: 50) { id title body createdAt }
    }
  }
`);

/** A live story's updates in the edition, newest first (empty when it has none or is not published). */
export async function loadLiveUpdates(locale: Locale, id: string): Promise<LiveUpdateView[]> {
  const data = await readerQuery(LiveUpdatesQuery, { id, locale }, 1_000);
  return (data.article?.liveUpdates ?? []).map((update) => liveUpdateView(update, locale));
}
