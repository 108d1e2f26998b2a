import { invalid, notFound } from "@sahifa/db/desk/desk-results";
import { addLiveUpdate, type LiveUpdate, listLiveStories } from "@sahifa/db/live";
import { LIVE_UPDATE_LIMITS } from "@sahifa/domain/live-limits";
import { LOCALES } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { builder } from "../../builder.ts";
import { publishLiveUpdate } from "../../pubsub.ts";
import { ArticleRef, parseArticleId } from "../article-ref.ts";
import { LiveUpdateRef } from "../live.schema.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { ForbiddenRef, NotFoundRef, ValidationErrorRef } from "./desk-errors.schema.ts";
import { authorize, requireDeskUser } from "./desk-guard.ts";

/**
 * Writing live stories from the desk. An update changes what readers of one
 * edition see at once, so it takes the `postLiveUpdate` right of that edition (editors of
 * it, admins), as breaking news does; translators may not post.
 */

const LiveUpdatePostedRef = builder.objectRef<{ kind: "live_update_posted"; update: LiveUpdate }>(
  "LiveUpdatePosted",
);
builder.objectType(LiveUpdatePostedRef, {
  description: "The update is on the story's page in that edition and was pushed to its subscribers.",
  isTypeOf: (value) => (value as { kind?: string }).kind === "live_update_posted",
  fields: (t) => ({ update: t.field({ type: LiveUpdateRef, resolve: (r) => r.update }) }),
});

const PostLiveUpdateResult = builder.unionType("PostLiveUpdateResult", {
  description:
    "LiveUpdatePosted, or: Forbidden (not signed in, session ended, or not an editor of that edition); NotFound (no such article, not a live story, or not published in that edition: readers could not see the update); ValidationError (empty or too long body, too long title).",
  types: [LiveUpdatePostedRef, ValidationErrorRef, ForbiddenRef, NotFoundRef],
});

builder.mutationFields((t) => ({
  postLiveUpdate: t.field({
    type: PostLiveUpdateResult,
    description:
      "Editors of `locale` (admins: any): adds a timestamped update to a live story published in that edition and pushes it to the story's subscribers.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      title: t.arg.string({
        description: `Optional headline of the update (at most ${LIVE_UPDATE_LIMITS.title} characters).`,
      }),
      body: t.arg.string({
        required: true,
        description: `Plain text, at most ${LIVE_UPDATE_LIMITS.body.toLocaleString("en")} characters; blank lines separate paragraphs.`,
      }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "postLiveUpdate", args.locale);
      if ("kind" in user) return user;
      const articleId = parseArticleId(String(args.articleId));
      if (articleId === null) return notFound(`No article ${args.articleId}.`);
      const result = await addLiveUpdate(context.db, {
        articleId,
        locale: args.locale,
        title: args.title,
        body: args.body,
        createdBy: user.id,
      });
      if (result.ok) {
        publishLiveUpdate(context.pubsub, result.update);
        await context.readerCache.liveChanged(result.update.locale);
        return { kind: "live_update_posted", update: result.update } as const;
      }
      const { problem } = result;
      // Not live and not published are "no such live story in this edition" to the desk.
      return problem.code === "INVALID" ? invalid(problem.field, problem.message) : notFound(problem.message);
    },
  }),
}));

builder.queryFields((t) => ({
  liveStories: t.field({
    type: [ArticleRef],
    description:
      "Desk (signed in): the live stories published in the editions you may post updates to (editors: their locales; admins: all; translators: none), one entry per edition, most recently published first.",
    args: { locales: t.arg({ type: [LocaleEnum], description: "Narrow to some of those editions." }) },
    resolve: (_root, args, context) => {
      const user = requireDeskUser(context);
      const editions = LOCALES.filter(
        (locale) => can(user, "postLiveUpdate", locale) && (!args.locales || args.locales.includes(locale)),
      );
      return listLiveStories(context.db, editions);
    },
  }),
}));
