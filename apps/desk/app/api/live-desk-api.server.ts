import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import type { LiveStorySummary } from "../components/LiveStoryList.tsx";
import type { LiveUpdateItem } from "../components/LiveUpdateList.tsx";
import type { PostRefusal } from "../editor/post-refusal.ts";
import { type DeskCaller, requestAs } from "./client.server.ts";
import { deskError, fieldRefusal } from "./desk-api.server.ts";

/*
 * The desk's calls for live stories: which stories the user may write in, one
 * story's updates, and posting an update. The API answers postLiveUpdate with a typed
 * result; refusals become what the page words in the desk's language.
 */

const LiveStoriesQuery = graphql(`
  query DeskLiveStories {
    liveStories {
      id
      locale
      title
      liveUpdates(first: 1) {
        createdAt
      }
    }
  }
`);

/** The live stories published in the editions the user may post to (none for translators). */
export async function listLiveStories(caller: DeskCaller): Promise<LiveStorySummary[]> {
  const data = await requestAs(caller, LiveStoriesQuery, {});
  return data.liveStories.map((story) => ({
    articleId: Number(story.id),
    locale: story.locale,
    title: story.title,
    lastUpdateAt: story.liveUpdates[0]?.createdAt ?? null,
  }));
}

const LiveStoryQuery = graphql(`
  query DeskLiveStory($id: ID!, $locale: Locale!) {
    article(id: $id, locale: $locale) {
      kind
      title
      url
      liveUpdates(first: 100) {
        id
        title
        body
        createdAt
      }
    }
  }
`);

export interface LiveStoryView {
  articleId: number;
  locale: Locale;
  title: string;
  /** The reader's page of the story in this edition. */
  url: string;
  /** Newest first, as readers see them. */
  updates: LiveUpdateItem[];
}

/** A live story as readers of `locale` see it, with its newest hundred updates; null when there is none. */
export async function loadLiveStory(
  caller: DeskCaller,
  articleId: number,
  locale: Locale,
): Promise<LiveStoryView | null> {
  const data = await requestAs(caller, LiveStoryQuery, { id: String(articleId), locale });
  const article = data.article;
  if (article?.kind !== "live") return null;
  return {
    articleId,
    locale,
    title: article.title,
    url: article.url,
    updates: article.liveUpdates.map((update) => ({
      id: Number(update.id),
      title: update.title ?? null,
      body: update.body,
      postedAt: update.createdAt,
    })),
  };
}

const PostLiveUpdateMutation = graphql(`
  mutation DeskPostLiveUpdate($articleId: ID!, $locale: Locale!, $title: String, $body: String!) {
    postLiveUpdate(articleId: $articleId, locale: $locale, title: $title, body: $body) {
      __typename
      ... on LiveUpdatePosted {
        update {
          id
        }
      }
      ... on ValidationError {
        problems {
          field
          message
        }
      }
      ... on DeskError {
        code
        message
      }
    }
  }
`);

export type LivePostOutcome = { ok: true; updateId: number } | { ok: false; problem: PostRefusal };

export async function postLiveUpdate(
  caller: DeskCaller,
  input: { articleId: number; locale: Locale; title: string | null; body: string },
): Promise<LivePostOutcome> {
  const { postLiveUpdate: result } = await requestAs(caller, PostLiveUpdateMutation, {
    ...input,
    articleId: String(input.articleId),
  });
  switch (result.__typename) {
    case "LiveUpdatePosted":
      return { ok: true, updateId: Number(result.update.id) };
    case "ValidationError":
      return { ok: false, problem: fieldRefusal(result, "body") };
    default:
      return { ok: false, problem: deskError(result, caller.ui) };
  }
}
