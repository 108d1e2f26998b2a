import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import { formatNewsroomDateTime } from "@sahifa/i18n/newsroom-time";
import { liveUpdateView } from "../live/merge-live.ts";
import type { LiveStoryView } from "../model/live.ts";
import { encodePath } from "../urls.ts";
import type { ReaderApi } from "./reader-api.ts";

/** How many running live stories the LIVE page leads with. */
export const LIVE_PAGE_STORIES = 10;

const RunningLiveStoriesQuery = graphql(`
  query RunningLiveStories($locale: Locale!, $first: Int!) {
    runningLiveStories(locale: $locale, first: $first) {
      edges {
        node {
          article { id title url }
          lastUpdatedAt
          latestUpdate { id title body createdAt }
        }
      }
    }
  }
`);

type RunningNode = {
  article: { id: string; title: string; url: string };
  lastUpdatedAt: unknown;
  latestUpdate: { id: string; title?: string | null; body: string; createdAt: unknown } | null;
};

/** A running live story as the LIVE page shows it, times in the newsroom's zone. */
export function liveStoryView(node: RunningNode, locale: Locale, timeZone: string): LiveStoryView {
  const updatedAt = String(node.lastUpdatedAt);
  return {
    id: node.article.id,
    title: node.article.title,
    url: encodePath(node.article.url),
    updatedAt,
    updatedLabel: formatNewsroomDateTime(updatedAt, locale, timeZone),
    latest: node.latestUpdate ? liveUpdateView(node.latestUpdate, locale, timeZone) : null,
  };
}

/** The edition's running live stories (the API decides which run), the most recently updated first. */
export function loadLiveStories(api: ReaderApi, locale: Locale): Promise<LiveStoryView[]> {
  return api.cached(`live-stories ${locale}`, async () => {
    const data = await api.query(RunningLiveStoriesQuery, { locale, first: LIVE_PAGE_STORIES });
    return data.runningLiveStories.edges.map((edge) => liveStoryView(edge.node, locale, api.timeZone));
  });
}
