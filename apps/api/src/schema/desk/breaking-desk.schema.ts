import { editBreakingItem, expireBreakingItem, findBreakingItem } from "@sahifa/db/desk/breaking-edits";
import { invalid, notFound } from "@sahifa/db/desk/desk-results";
import { postBreakingItem } from "@sahifa/db/live/breaking-items";
import type { BreakingItem } from "@sahifa/db/reader/breaking";
import { builder } from "../../builder.ts";
import { publishBreaking } from "../../pubsub.ts";
import { parseArticleId } from "../article-ref.ts";
import { BreakingItemRef } from "../breaking.schema.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { ForbiddenRef, NotFoundRef, ValidationErrorRef } from "./desk-errors.schema.ts";
import { authorize } from "./desk-guard.ts";

/** Posting, editing and expiring breaking items (readers' side: breaking.schema.ts and the breakingNews subscription). */

const BreakingPostedRef = builder.objectRef<{ kind: "breaking_posted"; item: BreakingItem }>(
  "BreakingNewsPosted",
);
builder.objectType(BreakingPostedRef, {
  description: "The item is on the edition's ticker and was pushed to its subscribers.",
  isTypeOf: (value) => (value as { kind?: string }).kind === "breaking_posted",
  fields: (t) => ({ item: t.field({ type: BreakingItemRef, resolve: (r) => r.item }) }),
});

const PostBreakingResult = builder.unionType("PostBreakingNewsResult", {
  description:
    "BreakingNewsPosted, or: Forbidden (not signed in, session ended, or not an editor of that edition); ValidationError (text, attribution, url, articleId or expiresAt refused).",
  types: [BreakingPostedRef, ValidationErrorRef, ForbiddenRef],
});

const BreakingChangedRef = builder.objectRef<{ kind: "breaking_changed"; item: BreakingItem }>(
  "BreakingItemChanged",
);
builder.objectType(BreakingChangedRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "breaking_changed",
  fields: (t) => ({ item: t.field({ type: BreakingItemRef, resolve: (r) => r.item }) }),
});

const BreakingResult = builder.unionType("BreakingItemResult", {
  types: [BreakingChangedRef, ValidationErrorRef, ForbiddenRef, NotFoundRef],
});

builder.mutationFields((t) => ({
  postBreakingNews: t.field({
    type: PostBreakingResult,
    description:
      "Editors of `locale` (admins: any): posts a breaking item to that edition's ticker and pushes it to every subscriber.",
    args: {
      locale: t.arg({ type: LocaleEnum, required: true }),
      text: t.arg.string({ required: true }),
      attribution: t.arg.string(),
      url: t.arg.string({ description: "An http(s) or site-relative link." }),
      articleId: t.arg.id(),
      expiresAt: t.arg({ type: "DateTime", description: "Default: six hours from now; at most seven days." }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "postBreaking", args.locale);
      if ("kind" in user) return user;
      const articleId = args.articleId == null ? null : parseArticleId(String(args.articleId));
      if (args.articleId != null && articleId === null)
        return invalid("articleId", `No article ${args.articleId}.`);
      const result = await postBreakingItem(
        context.db,
        { ...args, locale: args.locale, articleId, createdBy: user.id },
        context.now,
      );
      if (!result.ok) return invalid(result.problem.field, result.problem.message);
      publishBreaking(context.pubsub, result.item);
      await context.readerCache.liveChanged(result.item.locale);
      return { kind: "breaking_posted", item: result.item } as const;
    },
  }),
  editBreakingNews: t.field({
    type: BreakingResult,
    description:
      "Editors of the item's edition: replaces its text, attribution, link and (optionally) expiry, with the rules of postBreakingNews. Readers see the change on their next load.",
    args: {
      id: t.arg.id({ required: true }),
      text: t.arg.string({ required: true }),
      attribution: t.arg.string(),
      url: t.arg.string({ description: "An http(s) or site-relative link." }),
      articleId: t.arg.id(),
      expiresAt: t.arg({ type: "DateTime", description: "Default: unchanged; at most seven days away." }),
    },
    resolve: async (_root, args, context) => {
      const id = parseArticleId(String(args.id));
      const item = id === null ? undefined : await findBreakingItem(context.db, id);
      const user = authorize(context, "postBreaking", item?.locale);
      if ("kind" in user) return user;
      if (!item) return notFound(`No breaking item ${args.id}.`);
      const articleId = args.articleId == null ? null : parseArticleId(String(args.articleId));
      if (args.articleId != null && articleId === null)
        return invalid("articleId", `No article ${args.articleId}.`);
      const result = await editBreakingItem(context.db, item.id, { ...args, articleId }, context.now);
      if (result.ok) {
        await context.readerCache.liveChanged(result.item.locale);
        return { kind: "breaking_changed", item: result.item } as const;
      }
      return result.problem.code === "NOT_FOUND"
        ? notFound(result.problem.message)
        : invalid(result.problem.field, result.problem.message);
    },
  }),
  expireBreakingNews: t.field({
    type: BreakingResult,
    description: "Editors of the item's edition: takes it off the ticker now.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const id = parseArticleId(String(args.id));
      const item = id === null ? undefined : await findBreakingItem(context.db, id);
      const user = authorize(context, "postBreaking", item?.locale);
      if ("kind" in user) return user;
      if (!item) return notFound(`No breaking item ${args.id}.`);
      const expired = await expireBreakingItem(context.db, item.id, context.now);
      if (expired) await context.readerCache.liveChanged(expired.locale);
      return expired
        ? ({ kind: "breaking_changed", item: expired } as const)
        : notFound(`No breaking item ${args.id}.`);
    },
  }),
}));
