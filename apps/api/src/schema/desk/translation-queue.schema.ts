import {
  BadCursorError,
  MAX_QUEUE_PAGE,
  QUEUE_STATES,
  type QueueItem,
  type QueuePage,
  translationQueue,
} from "@sahifa/db/desk/translation-queue";
import { LOCALES } from "@sahifa/domain/locales";
import { GraphQLError } from "graphql";
import { builder } from "../../builder.ts";
import { ArticleKindEnum } from "../article-ref.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { requireDeskUser } from "./desk-guard.ts";
import { TranslationStatusEnum } from "./desk-translation.schema.ts";

const QueueStateEnum = builder.enumType("QueueState", {
  description:
    "missing: the original is published and this edition has nothing. draft / in_review: the translation's status. outdated: published, but the original was republished since.",
  values: QUEUE_STATES,
});

export const QueueItemRef = builder.objectRef<QueueItem>("QueueItem");
builder.objectType(QueueItemRef, {
  fields: (t) => ({
    articleId: t.id({ resolve: (i) => i.articleId }),
    locale: t.field({ type: LocaleEnum, resolve: (i) => i.locale }),
    originalLocale: t.field({ type: LocaleEnum, resolve: (i) => i.originalLocale }),
    state: t.field({ type: QueueStateEnum, resolve: (i) => i.state }),
    status: t.field({ type: TranslationStatusEnum, nullable: true, resolve: (i) => i.status }),
    outdated: t.exposeBoolean("outdated"),
    title: t.exposeString("title", {
      description: "The translation's head title, or the original's title when missing.",
    }),
    kind: t.field({ type: ArticleKindEnum, resolve: (i) => i.kind }),
    sectionPath: t.exposeString("sectionPath"),
    headRevisionId: t.id({ nullable: true, resolve: (i) => i.headRevisionId }),
    activityAt: t.expose("activityAt", { type: "DateTime" }),
  }),
});

const QueuePageRef = builder.objectRef<QueuePage>("TranslationQueue");
builder.objectType(QueuePageRef, {
  fields: (t) => ({
    items: t.field({ type: [QueueItemRef], resolve: (p) => p.items }),
    totalCount: t.exposeInt("totalCount"),
    endCursor: t.exposeString("endCursor", {
      nullable: true,
      description: "Pass as `after` for the next page.",
    }),
    hasNextPage: t.exposeBoolean("hasNextPage"),
  }),
});

builder.queryFields((t) => ({
  translationQueue: t.field({
    type: QueuePageRef,
    description:
      "Desk (signed in): articles with a missing, draft, in-review or outdated translation in your locales (admins: all; translators: their language pairs only), newest activity first.",
    args: {
      locales: t.arg({ type: [LocaleEnum], description: "Narrow to some of your locales." }),
      states: t.arg({ type: [QueueStateEnum] }),
      sectionPath: t.arg.string({ description: "A section and everything under it." }),
      kind: t.arg({ type: ArticleKindEnum }),
      originalLocale: t.arg({
        type: LocaleEnum,
        description: "Only translations from originals in this language.",
      }),
      first: t.arg.int({ defaultValue: 20, description: `1–${MAX_QUEUE_PAGE}.` }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      const user = requireDeskUser(context);
      const own = user.role === "admin" ? LOCALES : user.locales;
      const locales = args.locales ? own.filter((locale) => args.locales?.includes(locale)) : own;
      const first = args.first ?? 20;
      if (first < 1 || first > MAX_QUEUE_PAGE) {
        throw new GraphQLError(`Argument "first" must be between 1 and ${MAX_QUEUE_PAGE}.`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      try {
        return await translationQueue(
          context.db,
          {
            locales,
            states: args.states ?? undefined,
            sectionPath: args.sectionPath,
            kind: args.kind,
            originalLocale: args.originalLocale,
            // A translator's queue holds their language pairs' work only.
            languagePairs: user.role === "translator" ? user.languagePairs : undefined,
          },
          { first, after: args.after },
        );
      } catch (error) {
        if (error instanceof BadCursorError) {
          throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
        }
        throw error;
      }
    },
  }),
}));
