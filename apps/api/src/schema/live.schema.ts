import { resolveCursorConnection } from "@pothos/plugin-relay";
import { type LiveUpdate, listLiveUpdates, MAX_LIVE_UPDATES_PAGE } from "@sahifa/db/live";
import { listRunningLiveStories, type RunningLiveStory } from "@sahifa/db/live/running-stories";
import { LIVE_STORY_RUNNING_MS } from "@sahifa/domain/live-limits";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import {
  BREAKING_TOPIC,
  LIVE_UPDATE_TOPIC,
  liveStoryKey,
  reviveBreaking,
  reviveLiveUpdate,
} from "../pubsub.ts";
import { ArticleRef, parseArticleId } from "./article-ref.ts";
import { BreakingItemRef } from "./breaking.schema.ts";
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSizeArgs } from "./cursor.ts";
import { editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";

/**
 * Live news: breaking items and the updates of live stories, read
 * as lists, pushed to subscribers over SSE (`Accept: text/event-stream` on
 * /graphql). Editors post them with the desk mutations postBreakingNews
 * (desk/breaking-desk.schema.ts) and postLiveUpdate (desk/live-desk.schema.ts),
 * which publish to the pub/sub once the row is committed.
 */

export const LiveUpdateRef = builder.objectRef<LiveUpdate>("LiveUpdate");
builder.objectType(LiveUpdateRef, {
  description: "A timestamped update of a live story in one edition.",
  fields: (t) => ({
    id: t.id({ resolve: (update) => update.id }),
    articleId: t.id({ resolve: (update) => update.articleId }),
    locale: t.field({ type: LocaleEnum, resolve: (update) => update.locale }),
    title: t.exposeString("title", { nullable: true }),
    body: t.exposeString("body", { description: "Plain text; blank lines separate paragraphs." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_LIVE_UPDATES_PAGE) {
    throw new GraphQLError(`Argument "first" must be between 0 and ${MAX_LIVE_UPDATES_PAGE}.`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return first;
}

function articleIdArg(value: string | number): number {
  const id = parseArticleId(String(value));
  if (id === null) throw new GraphQLError("Unknown article id.", { extensions: { code: "BAD_USER_INPUT" } });
  return id;
}

builder.objectField(ArticleRef, "liveUpdates", (t) =>
  t.field({
    type: [LiveUpdateRef],
    description: "Updates of a live story in this edition, newest first (empty for other kinds).",
    args: {
      first: t.arg.int({
        required: true,
        defaultValue: 20,
        description: `How many (0–${MAX_LIVE_UPDATES_PAGE}).`,
      }),
      before: t.arg.id({ description: "Only updates older than this update id (paging)." }),
    },
    resolve: (article, args, context) =>
      article.kind !== "live"
        ? []
        : listLiveUpdates(context.db, {
            articleId: article.id,
            locale: article.locale,
            first: checkFirst(args.first),
            beforeId: args.before == null ? null : articleIdArg(args.before),
          }),
  }),
);

const LiveStoryRef = builder.objectRef<RunningLiveStory>("LiveStory");
builder.objectType(LiveStoryRef, {
  description: "A live story running in an edition: updated within the last day.",
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (running) => running.story }),
    lastUpdatedAt: t.expose("lastUpdatedAt", {
      type: "DateTime",
      description:
        "When its newest update was posted in this edition; its first publication before any update.",
    }),
    latestUpdate: t.field({
      type: LiveUpdateRef,
      nullable: true,
      description: "Its newest update in this edition; null before the first.",
      resolve: (running) => running.latestUpdate,
    }),
  }),
});

builder.queryFields((t) => ({
  runningLiveStories: t.connection({
    type: LiveStoryRef,
    description: `The live stories running in the edition (published there and updated within the last ${LIVE_STORY_RUNNING_MS / 3_600_000} hours), the most recently updated first.`,
    args: { locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }) },
    resolve: (_root, args, context) => {
      pageSizeArgs(args);
      const locale = editionOf(args.locale, context);
      const after = args.after ? decodeCursor(args.after) : undefined;
      const before = args.before ? decodeCursor(args.before) : undefined;
      const since = new Date(Date.now() - LIVE_STORY_RUNNING_MS);
      return resolveCursorConnection<Promise<readonly RunningLiveStory[]>>(
        {
          args,
          toCursor: (running: RunningLiveStory) => encodeCursor(running.position),
          defaultSize: DEFAULT_PAGE_SIZE,
          maxSize: MAX_PAGE_SIZE,
        },
        async ({ limit, inverted }): Promise<readonly RunningLiveStory[]> => {
          const page = await listRunningLiveStories(context.db, {
            locale,
            since,
            after,
            before,
            limit,
            inverted,
          });
          context.loaders.prime(page.map((running) => running.story));
          return page;
        },
      );
    },
  }),
}));

builder.subscriptionType({
  description:
    "Live pushes over Server-Sent Events: GET or POST /graphql with `Accept: text/event-stream`. Each event is what the matching query would now list first; clients dedupe by id when they reconnect and re-query.",
});

builder.subscriptionFields((t) => ({
  breakingNews: t.field({
    type: BreakingItemRef,
    description: "Each breaking item as it is posted to the edition.",
    args: { locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }) },
    subscribe: (_root, args, context) =>
      context.pubsub.subscribe(BREAKING_TOPIC, editionOf(args.locale, context)),
    resolve: (event) => reviveBreaking(event),
  }),
  liveUpdates: t.field({
    type: LiveUpdateRef,
    description: "Each update of a live story as it is posted in the edition.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }),
    },
    subscribe: (_root, args, context) =>
      context.pubsub.subscribe(
        LIVE_UPDATE_TOPIC,
        liveStoryKey(articleIdArg(args.articleId), editionOf(args.locale, context)),
      ),
    resolve: (event) => reviveLiveUpdate(event),
  }),
}));
