import { addLiveUpdate, type LiveUpdate, listLiveUpdates, MAX_LIVE_UPDATES_PAGE } from "@sahifa/db/live";
import { postBreakingItem } from "@sahifa/db/live/breaking-items";
import type { BreakingItem } from "@sahifa/db/reader/breaking";
import type { Locale } from "@sahifa/domain/locales";
import { can, type DeskAction } from "@sahifa/domain/permissions";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import {
  BREAKING_TOPIC,
  LIVE_UPDATE_TOPIC,
  liveStoryKey,
  publishBreaking,
  publishLiveUpdate,
  reviveBreaking,
  reviveLiveUpdate,
} from "../pubsub.ts";
import { ArticleRef, parseArticleId } from "./article.schema.ts";
import { BreakingItemRef } from "./breaking.schema.ts";
import { editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";

/**
 * Live news (issue 5): breaking items and the updates of live stories, read
 * as lists, pushed to subscribers over SSE (`Accept: text/event-stream` on
 * /graphql), and posted by editors through mutations that publish to the
 * pub/sub once the row is committed.
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

/** A problem the desk can act on, returned in the payload rather than thrown. */
interface Problem {
  code: string;
  message: string;
  field?: string | undefined;
}
const ProblemRef = builder.objectRef<Problem>("LiveProblem");
builder.objectType(ProblemRef, {
  description:
    "Why a live post was refused: FORBIDDEN, INVALID (see field), NOT_FOUND, NOT_LIVE (not a live story) or NOT_PUBLISHED (not published in that edition).",
  fields: (t) => ({
    code: t.exposeString("code"),
    message: t.exposeString("message"),
    field: t.exposeString("field", { nullable: true }),
  }),
});

const PostBreakingPayload = builder.objectRef<{ item: BreakingItem | null; problem: Problem | null }>(
  "PostBreakingNewsPayload",
);
builder.objectType(PostBreakingPayload, {
  fields: (t) => ({
    item: t.field({ type: BreakingItemRef, nullable: true, resolve: (p) => p.item }),
    problem: t.field({ type: ProblemRef, nullable: true, resolve: (p) => p.problem }),
  }),
});

const PostLiveUpdatePayload = builder.objectRef<{ update: LiveUpdate | null; problem: Problem | null }>(
  "PostLiveUpdatePayload",
);
builder.objectType(PostLiveUpdatePayload, {
  fields: (t) => ({
    update: t.field({ type: LiveUpdateRef, nullable: true, resolve: (p) => p.update }),
    problem: t.field({ type: ProblemRef, nullable: true, resolve: (p) => p.problem }),
  }),
});

function forbidden(context: Context, action: DeskAction, locale: Locale): Problem | null {
  const user = context.viewer.user;
  if (user && can(user, action, locale)) return null;
  return {
    code: "FORBIDDEN",
    message: user ? `You may not post in the ${locale} edition.` : "Sign in as an editor to post.",
  };
}

builder.mutationFields((t) => ({
  postBreakingNews: t.field({
    type: PostBreakingPayload,
    description:
      "Posts a breaking item to an edition's ticker and pushes it to every subscriber (editors, admins).",
    args: {
      locale: t.arg({ type: LocaleEnum, required: true }),
      text: t.arg.string({ required: true }),
      attribution: t.arg.string(),
      url: t.arg.string({ description: "An http(s) or site-relative link." }),
      articleId: t.arg.id(),
      expiresAt: t.arg({ type: "DateTime", description: "Default: six hours from now; at most seven days." }),
    },
    resolve: async (_root, args, context) => {
      const denied = forbidden(context, "postBreaking", args.locale);
      if (denied) return { item: null, problem: denied };
      const articleId = args.articleId == null ? null : parseArticleId(String(args.articleId));
      if (args.articleId != null && articleId === null) {
        return {
          item: null,
          problem: { code: "INVALID", field: "articleId", message: "Unknown article id." },
        };
      }
      const result = await postBreakingItem(
        context.db,
        {
          locale: args.locale,
          text: args.text,
          attribution: args.attribution,
          url: args.url,
          articleId,
          expiresAt: args.expiresAt,
          createdBy: context.viewer.user?.id,
        },
        new Date(),
      );
      if (!result.ok) return { item: null, problem: result.problem };
      publishBreaking(context.pubsub, result.item);
      return { item: result.item, problem: null };
    },
  }),
  postLiveUpdate: t.field({
    type: PostLiveUpdatePayload,
    description: "Adds an update to a live story in one edition and pushes it to the story's subscribers.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      title: t.arg.string(),
      body: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      // Posting to a live story is editing what readers see in that edition: the publish right.
      const denied = forbidden(context, "publish", args.locale);
      if (denied) return { update: null, problem: denied };
      const articleId = parseArticleId(String(args.articleId));
      if (articleId === null) {
        return { update: null, problem: { code: "NOT_FOUND", message: "Unknown article id." } };
      }
      const result = await addLiveUpdate(context.db, {
        articleId,
        locale: args.locale,
        title: args.title,
        body: args.body,
        createdBy: context.viewer.user?.id,
      });
      if (!result.ok) return { update: null, problem: result.problem };
      publishLiveUpdate(context.pubsub, result.update);
      return { update: result.update, problem: null };
    },
  }),
}));
