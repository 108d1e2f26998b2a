import type { DeskRevision } from "@sahifa/db/desk/revision-rows";
import { compareRevisions, listRevisions, restoreRevision } from "@sahifa/db/desk/revisions";
import { builder } from "../../builder.ts";
import { parseArticleId } from "../article-ref.ts";
import { LocaleEnum } from "../locale.schema.ts";
import {
  ConflictRef,
  ForbiddenRef,
  InvalidTransitionRef,
  NotFoundRef,
  ValidationErrorRef,
} from "./desk-errors.schema.ts";
import { authorizeOnArticle, requireDeskUser } from "./desk-guard.ts";
import { readableTranslation, TranslationSavedRef } from "./desk-translation.schema.ts";
import { RevisionComparisonRef, RevisionRef } from "./revision-types.schema.ts";

const RevisionPageRef = builder.objectRef<{ revisions: DeskRevision[]; nextBefore: number | null }>(
  "RevisionPage",
);
builder.objectType(RevisionPageRef, {
  description: "A page of a translation's history, newest first.",
  fields: (t) => ({
    revisions: t.field({ type: [RevisionRef], resolve: (p) => p.revisions }),
    nextBefore: t.id({
      nullable: true,
      description: "Pass as `before` for the next (older) page; null on the last page.",
      resolve: (p) => p.nextBefore,
    }),
  }),
});

const RestoreResult = builder.unionType("RestoreRevisionResult", {
  types: [
    TranslationSavedRef,
    ConflictRef,
    ForbiddenRef,
    NotFoundRef,
    InvalidTransitionRef,
    ValidationErrorRef,
  ],
});

builder.queryFields((t) => ({
  revisions: t.field({
    type: RevisionPageRef,
    description: "Desk (signed in): a translation's revision history with author and time, newest first.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      first: t.arg.int({ defaultValue: 50, description: "1–100." }),
      before: t.arg.id({ description: "A revision id: only older revisions." }),
    },
    resolve: async (_root, args, context) => {
      const user = requireDeskUser(context);
      const articleId = parseArticleId(String(args.articleId));
      if (
        articleId === null ||
        !(await readableTranslation(context.db, user, { articleId, locale: args.locale }))
      )
        return { revisions: [], nextBefore: null };
      const before = args.before == null ? null : parseArticleId(String(args.before));
      return listRevisions(
        context.db,
        { articleId, locale: args.locale },
        { first: args.first ?? 50, before },
      );
    },
  }),
  compareRevisions: t.field({
    type: RevisionComparisonRef,
    nullable: true,
    description:
      "Desk (signed in): two revisions of one article side by side (fields and block diff). Null when either is unknown or they belong to different articles.",
    args: { before: t.arg.id({ required: true }), after: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const user = requireDeskUser(context);
      const before = parseArticleId(String(args.before));
      const after = parseArticleId(String(args.after));
      if (before === null || after === null) return null;
      const result = await compareRevisions(context.db, before, after);
      if (result.kind !== "comparison") return null;
      // Both sides must be translations the user may read (translators: their pairs).
      for (const side of [result.before, result.after]) {
        if (!(await readableTranslation(context.db, user, side))) return null;
      }
      return result;
    },
  }),
}));

builder.mutationFields((t) => ({
  restoreRevision: t.field({
    type: RestoreResult,
    description:
      "Restores an old revision by saving a copy of it as the new head (history keeps everything). Like a save, it names the head it expects and answers a Conflict if that moved.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      revisionId: t.arg.id({ required: true }),
      basedOnRevisionId: t.arg.id({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const articleId = parseArticleId(String(args.articleId));
      const revisionId = parseArticleId(String(args.revisionId));
      const basedOn = parseArticleId(String(args.basedOnRevisionId));
      if (articleId === null || revisionId === null || basedOn === null) {
        return { kind: "not_found", message: "Unknown article or revision id." } as const;
      }
      const user = await authorizeOnArticle(context, "editDraft", { articleId, locale: args.locale });
      if ("kind" in user) return user;
      return restoreRevision(
        context.db,
        { articleId, locale: args.locale, revisionId, basedOnRevisionId: basedOn },
        user.id,
      );
    },
  }),
}));
