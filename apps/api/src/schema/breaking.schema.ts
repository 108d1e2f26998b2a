import { type BreakingItem, listBreakingItems } from "@sahifa/db/reader/breaking";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { ArticleRef } from "./article-ref.ts";
import { editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";

export const BreakingItemRef = builder.objectRef<BreakingItem>("BreakingItem");

builder.objectType(BreakingItemRef, {
  description: "A short breaking-news line of one edition, shown in the ticker until it expires.",
  fields: (t) => ({
    id: t.id({ resolve: (item) => item.id }),
    text: t.exposeString("text"),
    attribution: t.exposeString("attribution", {
      nullable: true,
      description: "Who reports it, e.g. an agency.",
    }),
    url: t.exposeString("url", {
      nullable: true,
      description: "A link (http(s) or site-relative) for more.",
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The story it points at, when that is published in this edition.",
      resolve: (item, _args, context) =>
        item.articleId === null
          ? null
          : context.loaders.articleById.load({ locale: item.locale, key: item.articleId }),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
  }),
});

export const MAX_BREAKING = 50;

export function breakingItems(context: Context, locale: BreakingItem["locale"], first: number) {
  if (!Number.isInteger(first) || first < 0 || first > MAX_BREAKING) {
    throw new GraphQLError(`Argument "first" must be between 0 and ${MAX_BREAKING}.`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return listBreakingItems(context.db, locale, context.now, first);
}

builder.queryFields((t) => ({
  breaking: t.field({
    type: [BreakingItemRef],
    description: "Unexpired breaking items of the edition, newest first.",
    args: {
      locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }),
      first: t.arg.int({ required: true, defaultValue: 10, description: `How many (0–${MAX_BREAKING}).` }),
    },
    resolve: (_root, args, context) => breakingItems(context, editionOf(args.locale, context), args.first),
  }),
}));
