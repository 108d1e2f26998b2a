import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import { formatNewsroomDateTime } from "@sahifa/i18n/newsroom-time";
import { liveUpdateView } from "../live/merge-live.ts";
import type { LiveStoryView } from "../model/live.ts";
import { encodePath } from "../urls.ts";
import type { ReaderApi } from "./reader-api.ts";

/**
 * How far back the LIVE page looks for live stories among the edition's newest articles. The
 * reader API has no list of live stories of its own (the desk's needs a session), and a running
 * live story is by nature among the newest.
 */
export const LIVE_STORY_SCAN = 40;

/** A live story with no update for this long is no longer running: the LIVE page leaves it out. */
export const RUNNING_FOR_MS = 24 * 60 * 60 * 1000;

const LiveStoriesQuery = graphql(`
  query LiveStories($locale: Locale!, $first: Int!) {
    articles(locale: $locale, first: $first) {
      edges {
        node {
          id
          kind
          title
          url
          publishedAt
          liveUpdates(first: 1) { id title body createdAt }
        }
      }
    }
  }
`);

type StoryNode = {
  id: string;
  kind: string;
  title: string;
  url: string;
  publishedAt: unknown;
  liveUpdates: ReadonlyArray<{ id: string; title?: string | null; body: string; createdAt: unknown }>;
};

/** The running live stories of a list of articles, the most recently updated first. */
export function runningLiveStories(
  nodes: readonly StoryNode[],
  locale: Locale,
  timeZone: string,
  now: Date,
): LiveStoryView[] {
  return nodes
    .filter((node) => node.kind === "live")
    .map((node) => {
      const newest = node.liveUpdates[0];
      const latest = newest ? liveUpdateView(newest, locale, timeZone) : null;
      const updatedAt = latest?.postedAt ?? String(node.publishedAt);
      return {
        id: node.id,
        title: node.title,
        url: encodePath(node.url),
        updatedAt,
        updatedLabel: formatNewsroomDateTime(updatedAt, locale, timeZone),
        latest,
      };
    })
    .filter((story) => now.getTime() - Date.parse(story.updatedAt) <= RUNNING_FOR_MS)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The edition's running live stories, for the LIVE page. */
export function loadLiveStories(api: ReaderApi, locale: Locale, now: () => Date): Promise<LiveStoryView[]> {
  return api.cached(`live-stories ${locale}`, async () => {
    const data = await api.query(LiveStoriesQuery, { locale, first: LIVE_STORY_SCAN });
    return runningLiveStories(
      data.articles.edges.map((edge) => edge.node),
      locale,
      api.timeZone,
      now(),
    );
  });
}
