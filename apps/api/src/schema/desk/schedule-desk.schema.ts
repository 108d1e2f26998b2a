import { type ArticleNote, addArticleNote, NOTE_KINDS } from "@sahifa/db/desk/article-notes";
import {
  cancelScheduledPublication,
  listScheduled,
  type ScheduledPublication,
  schedulePublication,
} from "@sahifa/db/desk/scheduling";
import { LOCALES } from "@sahifa/domain/locales";
import { builder } from "../../builder.ts";
import { ArticleRef, parseArticleId } from "../article-ref.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { ForbiddenRef, InvalidTransitionRef, NotFoundRef, ValidationErrorRef } from "./desk-errors.schema.ts";
import { authorize, requireDeskUser } from "./desk-guard.ts";
import { DeskTranslationRef } from "./desk-translation.schema.ts";
import { QueueItemRef } from "./translation-queue.schema.ts";

const ScheduleStateEnum = builder.enumType("ScheduleState", {
  values: ["pending", "published", "cancelled", "failed"] as const,
});

export const ScheduledPublicationRef = builder.objectRef<ScheduledPublication>("ScheduledPublication");
builder.objectType(ScheduledPublicationRef, {
  description:
    "A translation set to be published at a time; the head revision at that time is what readers get.",
  fields: (t) => ({
    id: t.id({ resolve: (p) => p.id }),
    articleId: t.id({ resolve: (p) => p.articleId }),
    locale: t.field({ type: LocaleEnum, resolve: (p) => p.locale }),
    publishAt: t.expose("publishAt", { type: "DateTime" }),
    state: t.field({ type: ScheduleStateEnum, resolve: (p) => p.state }),
    outcome: t.exposeString("outcome", { nullable: true, description: "Why a due publication failed." }),
  }),
});

builder.objectField(DeskTranslationRef, "scheduledPublication", (t) =>
  t.field({
    type: ScheduledPublicationRef,
    nullable: true,
    description: "The pending scheduled publication of this translation, if any.",
    resolve: (tr, _args, context) =>
      context.loaders.scheduledOf.load({ locale: tr.locale, key: tr.articleId }),
  }),
);

builder.objectField(QueueItemRef, "scheduledPublication", (t) =>
  t.field({
    type: ScheduledPublicationRef,
    nullable: true,
    description: "The pending scheduled publication of this translation, if any (the queue shows its time).",
    resolve: (item, _args, context) =>
      context.loaders.scheduledOf.load({ locale: item.locale, key: item.articleId }),
  }),
);

const NoteKindEnum = builder.enumType("ArticleNoteKind", {
  description:
    "CORRECTION: a public correction. EDITORS_NOTE: an editor's note (context, an update on the story).",
  values: { CORRECTION: { value: NOTE_KINDS[0] }, EDITORS_NOTE: { value: NOTE_KINDS[1] } } as const,
});

const ArticleNoteRef = builder.objectRef<ArticleNote>("ArticleNote");
builder.objectType(ArticleNoteRef, {
  description: "A dated correction or editor's note, shown at the end of the article in its edition.",
  fields: (t) => ({
    id: t.id({ resolve: (n) => n.id }),
    kind: t.field({ type: NoteKindEnum, resolve: (n) => n.kind }),
    text: t.exposeString("text", { description: "Plain text in the edition's language." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.objectField(ArticleRef, "notes", (t) =>
  t.field({
    type: [ArticleNoteRef],
    description: "Corrections and editor's notes of this edition, oldest first.",
    resolve: (a, _args, context) => context.loaders.notesOf.load({ locale: a.locale, key: a.id }),
  }),
);

builder.objectField(DeskTranslationRef, "notes", (t) =>
  t.field({
    type: [ArticleNoteRef],
    description: "Corrections and editor's notes of this edition, oldest first (the desk's article history).",
    resolve: (tr, _args, context) => context.loaders.notesOf.load({ locale: tr.locale, key: tr.articleId }),
  }),
);

const ScheduledRef = builder.objectRef<{ kind: "scheduled"; publication: ScheduledPublication }>(
  "PublicationScheduled",
);
builder.objectType(ScheduledRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "scheduled",
  fields: (t) => ({ publication: t.field({ type: ScheduledPublicationRef, resolve: (r) => r.publication }) }),
});
const CancelledRef = builder.objectRef<{ kind: "cancelled"; cancelled: boolean }>("ScheduleCancelled");
builder.objectType(CancelledRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "cancelled",
  fields: (t) => ({
    cancelled: t.exposeBoolean("cancelled", {
      description: "False when nothing was pending (or it has just been published).",
    }),
  }),
});
const NoteAddedRef = builder.objectRef<{ kind: "note_added"; note: ArticleNote }>("ArticleNoteAdded");
builder.objectType(NoteAddedRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "note_added",
  fields: (t) => ({ note: t.field({ type: ArticleNoteRef, resolve: (r) => r.note }) }),
});

const ScheduleResult = builder.unionType("SchedulePublicationResult", {
  types: [ScheduledRef, ValidationErrorRef, ForbiddenRef, NotFoundRef, InvalidTransitionRef],
});
const CancelResult = builder.unionType("CancelScheduledPublicationResult", {
  types: [CancelledRef, ForbiddenRef, NotFoundRef],
});
const NoteResult = builder.unionType("AddArticleNoteResult", {
  types: [NoteAddedRef, ValidationErrorRef, ForbiddenRef, NotFoundRef, InvalidTransitionRef],
});

const keyOf = (args: { articleId: string | number; locale: (typeof LOCALES)[number] }) => {
  const articleId = parseArticleId(String(args.articleId));
  return articleId === null ? null : { articleId, locale: args.locale };
};
const noTranslation = (args: { articleId: string | number; locale: string }) =>
  ({ kind: "not_found", message: `Article ${args.articleId} has no ${args.locale} translation.` }) as const;

builder.queryFields((t) => ({
  scheduledPublications: t.field({
    type: [ScheduledPublicationRef],
    description:
      "Desk (signed in): pending scheduled publications in these editions (default: yours), soonest first.",
    args: { locales: t.arg({ type: [LocaleEnum] }), first: t.arg.int({ required: true, defaultValue: 50 }) },
    resolve: (_root, args, context) => {
      const user = requireDeskUser(context);
      const locales = args.locales ?? (user.role === "admin" ? LOCALES : user.locales);
      return listScheduled(context.db, locales, Math.min(Math.max(args.first, 1), 200));
    },
  }),
}));

builder.mutationFields((t) => ({
  schedulePublication: t.field({
    type: ScheduleResult,
    description:
      "Editors of `locale`: publishes the translation at `publishAt` (ahead of now), exactly once whatever the number of API instances; calling again moves the time.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      publishAt: t.arg({ type: "DateTime", required: true }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "publish", args.locale);
      if ("kind" in user) return user;
      const key = keyOf(args);
      if (!key) return noTranslation(args);
      return schedulePublication(context.db, key, args.publishAt, user.id, context.now);
    },
  }),
  cancelScheduledPublication: t.field({
    type: CancelResult,
    description: "Editors of `locale`: cancels the translation's pending scheduled publication.",
    args: { articleId: t.arg.id({ required: true }), locale: t.arg({ type: LocaleEnum, required: true }) },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "publish", args.locale);
      if ("kind" in user) return user;
      const key = keyOf(args);
      if (!key) return noTranslation(args);
      return {
        kind: "cancelled",
        cancelled: await cancelScheduledPublication(context.db, key, context.now),
      } as const;
    },
  }),
  addArticleNote: t.field({
    type: NoteResult,
    description:
      "Editors of `locale`: adds a public, dated correction or editor's note to the published translation (readers see it at the end of the article).",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      kind: t.arg({ type: NoteKindEnum, required: true, defaultValue: "correction" }),
      text: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "publish", args.locale);
      if ("kind" in user) return user;
      const key = keyOf(args);
      if (!key) return noTranslation(args);
      const result = await addArticleNote(
        context.db,
        key,
        { kind: args.kind, text: args.text },
        user.id,
        context.now,
      );
      // A correction changes the article page as a republication does.
      if (result.kind === "note_added")
        await context.readerCache.translationChanged(context.db, key.articleId, key.locale);
      return result;
    },
  }),
}));
