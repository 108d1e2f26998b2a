import type { Created } from "@sahifa/db/desk/articles";
import { addTranslation } from "@sahifa/db/desk/articles";
import { type DeskTranslation, findDeskTranslation } from "@sahifa/db/desk/desk-translations";
import { findRevision } from "@sahifa/db/desk/revision-rows";
import { type Saved, saveTranslation } from "@sahifa/db/desk/revisions";
import { type SourceChanges, sourceChanges } from "@sahifa/db/desk/source-changes";
import {
  listTranslationEvents,
  type Transitioned,
  type TransitionOutcome,
  type TranslationEvent,
  transitionTranslation,
  untranslatedBlocksOfHead,
} from "@sahifa/db/desk/translation-workflow";
import type { Locale } from "@sahifa/domain/locales";
import { availableActions, canReadTranslation, type DeskUser } from "@sahifa/domain/permissions";
import { TRANSLATION_STATUSES, WORKFLOW_ACTIONS, type WorkflowAction } from "@sahifa/domain/workflow";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { parseArticleId } from "../article-ref.ts";
import { LocaleEnum } from "../locale.schema.ts";
import {
  ConflictRef,
  ForbiddenRef,
  InvalidTransitionRef,
  NotFoundRef,
  UntranslatedBlockRef,
  UntranslatedTextRef,
  ValidationErrorRef,
} from "./desk-errors.schema.ts";
import { authorizeOnArticle, requireDeskUser } from "./desk-guard.ts";
import { TranslationContentInput } from "./desk-inputs.schema.ts";
import { RevisionComparisonRef, RevisionRef } from "./revision-types.schema.ts";

export const TranslationStatusEnum = builder.enumType("TranslationStatus", {
  description: "draft → in_review → published (→ archived). Readers only ever see published translations.",
  values: TRANSLATION_STATUSES,
});

const DeskActionEnum = builder.enumType("DeskTranslationAction", {
  description: "What the signed-in user may do with a translation now (role, locale and status together).",
  values: ["editDraft", ...WORKFLOW_ACTIONS] as const,
});

export const DeskTranslationRef = builder.objectRef<DeskTranslation>("DeskTranslation");
builder.objectType(DeskTranslationRef, {
  description:
    "A translation as the desk sees it: any status, with its head (being edited) and published revisions.",
  isTypeOf: (value) => typeof (value as DeskTranslation).headRevisionId === "number",
  fields: (t) => ({
    articleId: t.id({ resolve: (tr) => tr.articleId }),
    locale: t.field({ type: LocaleEnum, resolve: (tr) => tr.locale }),
    status: t.field({ type: TranslationStatusEnum, resolve: (tr) => tr.status }),
    originalLocale: t.field({ type: LocaleEnum, resolve: (tr) => tr.originalLocale }),
    isOriginal: t.exposeBoolean("isOriginal"),
    head: t.field({
      type: RevisionRef,
      description:
        "The latest saved revision: what the editor shows, and what a save must name as basedOnRevisionId.",
      resolve: async (tr, _args, context) => (await findRevision(context.db, tr.headRevisionId))!,
    }),
    published: t.field({
      type: RevisionRef,
      nullable: true,
      description: "What readers see (null unless published). Saving never changes it; publishing does.",
      resolve: (tr, _args, context) =>
        tr.publishedRevisionId === null ? null : findRevision(context.db, tr.publishedRevisionId),
    }),
    sourceRevisionId: t.id({
      nullable: true,
      description: "The original's revision the head was translated from.",
      resolve: (tr) => tr.sourceRevisionId,
    }),
    sourcePublishedRevisionId: t.id({
      nullable: true,
      description: "The original's published revision now.",
      resolve: (tr) => tr.sourcePublishedRevisionId,
    }),
    outdated: t.exposeBoolean("outdated", {
      description:
        "The original was republished since this translation was made; `sourceChanges` shows what changed.",
    }),
    actions: t.field({
      type: [DeskActionEnum],
      description: "What the signed-in user may do now; empty for anonymous callers.",
      resolve: (tr, _args, context) =>
        context.viewer.user
          ? availableActions(context.viewer.user, tr.locale, tr.status, tr.originalLocale)
          : [],
    }),
    untranslatedBlocks: t.field({
      type: [UntranslatedBlockRef],
      description:
        "Blocks of the head still in the original's text (the check submit and publish run); empty for originals.",
      resolve: async (tr, _args, context) =>
        (await untranslatedBlocksOfHead(context.db, tr)).map((block) => ({ ...block, locale: tr.locale })),
    }),
    history: t.field({
      type: [TranslationEventRef],
      description: "Status changes, newest first, with override notes.",
      args: { first: t.arg.int({ defaultValue: 50 }) },
      resolve: (tr, args, context) => listTranslationEvents(context.db, tr, args.first ?? 50),
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    firstPublishedAt: t.expose("firstPublishedAt", { type: "DateTime", nullable: true }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const TranslationSavedRef = builder.objectRef<Saved>("TranslationSaved");
builder.objectType(TranslationSavedRef, {
  description: "The save was appended as the new head revision.",
  isTypeOf: (value) => (value as { kind?: string }).kind === "saved",
  fields: (t) => ({
    revision: t.field({ type: RevisionRef, resolve: (s) => s.revision }),
    translation: t.field({ type: DeskTranslationRef, resolve: (s) => s.translation }),
  }),
});

export const TranslationCreatedRef = builder.objectRef<Created>("TranslationCreated");
builder.objectType(TranslationCreatedRef, {
  description: "A new translation (or original article) with its first revision, as a draft.",
  isTypeOf: (value) => (value as { kind?: string }).kind === "created",
  fields: (t) => ({
    revision: t.field({ type: RevisionRef, resolve: (s) => s.revision }),
    translation: t.field({ type: DeskTranslationRef, resolve: (s) => s.translation }),
  }),
});

const TranslationChangedRef = builder.objectRef<Transitioned>("TranslationStatusChanged");
builder.objectType(TranslationChangedRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "transitioned",
  fields: (t) => ({
    translation: t.field({ type: DeskTranslationRef, resolve: (s) => s.translation }),
    revision: t.field({
      type: RevisionRef,
      description:
        "The revision the action concerned: the head at that moment (what was submitted or published).",
      resolve: async (s, _args, context) => (await findRevision(context.db, s.revisionId))!,
    }),
  }),
});

const WorkflowActionEnum = builder.enumType("WorkflowAction", { values: WORKFLOW_ACTIONS });

export const TranslationEventRef = builder.objectRef<TranslationEvent>("TranslationEvent");
builder.objectType(TranslationEventRef, {
  description: "One status change of a translation, with the revision it concerned and any override note.",
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id }),
    action: t.field({ type: WorkflowActionEnum, resolve: (e) => e.action }),
    revisionId: t.id({ resolve: (e) => e.revisionId }),
    userId: t.id({ nullable: true, resolve: (e) => e.userId }),
    userName: t.exposeString("userName", { nullable: true }),
    note: t.exposeString("note", {
      nullable: true,
      description: "Why flagged untranslated blocks were let through.",
    }),
    overriddenBlocks: t.field({
      type: [UntranslatedBlockRef],
      description: "The blocks the untranslated-text check flagged and the override let through.",
      resolve: (e) => e.overriddenBlocks.map((block) => ({ ...block, locale: e.locale })),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const TranslationExistsRef = builder.objectRef<{ kind: "already_exists"; translation: DeskTranslation }>(
  "TranslationAlreadyExists",
);
builder.objectType(TranslationExistsRef, {
  description: "The edition already has this translation: open it instead (nothing was written).",
  isTypeOf: (value) => (value as { kind?: string }).kind === "already_exists",
  fields: (t) => ({
    code: t.string({ resolve: () => "ALREADY_EXISTS" }),
    message: t.string({ resolve: (e) => `The ${e.translation.locale} translation exists; edit it.` }),
    translation: t.field({ type: DeskTranslationRef, resolve: (s) => s.translation }),
  }),
});

const SaveResult = builder.unionType("SaveTranslationResult", {
  types: [
    TranslationSavedRef,
    ConflictRef,
    ValidationErrorRef,
    ForbiddenRef,
    NotFoundRef,
    InvalidTransitionRef,
  ],
});
const AddTranslationResult = builder.unionType("AddTranslationResult", {
  types: [TranslationCreatedRef, TranslationExistsRef, ValidationErrorRef, ForbiddenRef, NotFoundRef],
});
const TransitionResult = builder.unionType("TransitionTranslationResult", {
  types: [
    TranslationChangedRef,
    ValidationErrorRef,
    ForbiddenRef,
    NotFoundRef,
    InvalidTransitionRef,
    ConflictRef,
    UntranslatedTextRef,
  ],
});

const SourceChangesRef = builder.objectRef<SourceChanges>("SourceChanges");
builder.objectType(SourceChangesRef, {
  description: "What changed in the original since the translation was made from it.",
  fields: (t) => ({
    translation: t.field({ type: DeskTranslationRef, resolve: (s) => s.translation }),
    comparison: t.field({
      type: RevisionComparisonRef,
      nullable: true,
      description:
        "From the source revision translated to the original's published revision; null when not outdated.",
      resolve: (s) => s.comparison,
    }),
  }),
});

function translationKey(args: { articleId: string | number; locale: Locale }) {
  const articleId = parseArticleId(String(args.articleId));
  return articleId === null ? null : { articleId, locale: args.locale };
}

/** The translation when `user` may read it (translators: their pairs and the originals they translate from). */
export async function readableTranslation(
  db: Context["db"],
  user: DeskUser,
  key: { articleId: number; locale: Locale },
): Promise<DeskTranslation | null> {
  const translation = await findDeskTranslation(db, key);
  return translation && canReadTranslation(user, translation) ? translation : null;
}

function noTranslation(args: { articleId: string | number; locale: Locale }) {
  return {
    kind: "not_found",
    message: `Article ${args.articleId} has no ${args.locale} translation.`,
  } as const;
}

builder.queryFields((t) => ({
  deskTranslation: t.field({
    type: DeskTranslationRef,
    nullable: true,
    description:
      "Desk (signed in): one translation in any status. Null when it does not exist, or for a translator outside their language pairs (they read their pairs' translations and the originals they translate from).",
    args: { articleId: t.arg.id({ required: true }), locale: t.arg({ type: LocaleEnum, required: true }) },
    resolve: (_root, args, context) => {
      const user = requireDeskUser(context);
      const key = translationKey(args);
      return key ? readableTranslation(context.db, user, key) : null;
    },
  }),
  sourceChanges: t.field({
    type: SourceChangesRef,
    nullable: true,
    description:
      "Desk (signed in): the block-level diff of the original since this translation was made. Null when the translation does not exist.",
    args: { articleId: t.arg.id({ required: true }), locale: t.arg({ type: LocaleEnum, required: true }) },
    resolve: async (_root, args, context) => {
      const user = requireDeskUser(context);
      const key = translationKey(args);
      if (!key || !(await readableTranslation(context.db, user, key))) return null;
      const result = await sourceChanges(context.db, key);
      return result.kind === "source_changes" ? result : null;
    },
  }),
}));

const TRANSITION_HELP: Record<WorkflowAction, string> = {
  submit:
    "Submits the head revision for review (translators and editors of the locale). Refused with UntranslatedText while blocks are still the original's text, unless `overrideNote` says why.",
  reject: "Sends a translation in review back to draft (editors).",
  publish:
    "Publishes the head revision in this edition only (editors): readers see it from now on; other editions are untouched. Refused with UntranslatedText while blocks are still the original's text, unless `overrideNote` says why.",
  unpublish: "Withdraws a published translation to draft (editors): readers stop seeing it.",
  archive: "Archives a translation (editors): readers never see it; unarchive to work on it again.",
  unarchive: "Brings an archived translation back to draft (editors).",
};

builder.mutationFields((t) => ({
  addTranslation: t.field({
    type: AddTranslationResult,
    description:
      "Starts a translation of an article in another edition, as a draft. With fillFromSource (default when no content is given) the body is a copy of the original's blocks, text still in the source language, to be replaced block by block.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      fillFromSource: t.arg.boolean({ description: "Default: true when no content is given." }),
      content: t.arg({ type: TranslationContentInput }),
    },
    resolve: async (_root, args, context) => {
      const articleId = parseArticleId(String(args.articleId));
      if (articleId === null) return { kind: "not_found", message: `No article ${args.articleId}.` } as const;
      const user = await authorizeOnArticle(context, "createTranslation", { articleId, locale: args.locale });
      if ("kind" in user) return user;
      return addTranslation(
        context.db,
        {
          articleId,
          locale: args.locale,
          fillFromSource: args.fillFromSource ?? !args.content,
          content: args.content,
        },
        user.id,
      );
    },
  }),
  saveTranslation: t.field({
    type: SaveResult,
    description:
      "Saves a new head revision. `basedOnRevisionId` names the head the text was edited from: if someone saved since, the answer is a Conflict carrying the current head and nothing is saved. Readers see nothing until the translation is published again.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      basedOnRevisionId: t.arg.id({ required: true }),
      content: t.arg({ type: TranslationContentInput, required: true }),
      sourceRevisionId: t.arg.id({
        description: "The original's revision this text now follows (after catching up with source changes).",
      }),
      note: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      const key = translationKey(args);
      const basedOn = parseArticleId(String(args.basedOnRevisionId));
      if (!key || basedOn === null) return noTranslation(args);
      const user = await authorizeOnArticle(context, "editDraft", key);
      if ("kind" in user) return user;
      const source = args.sourceRevisionId == null ? null : parseArticleId(String(args.sourceRevisionId));
      return saveTranslation(
        context.db,
        {
          ...key,
          basedOnRevisionId: basedOn,
          content: args.content,
          sourceRevisionId: source,
          note: args.note,
        },
        user.id,
      );
    },
  }),
  ...Object.fromEntries(
    WORKFLOW_ACTIONS.map((action) => [
      `${action}Translation`,
      t.field({
        type: TransitionResult,
        description: TRANSITION_HELP[action],
        args: {
          articleId: t.arg.id({ required: true }),
          locale: t.arg({ type: LocaleEnum, required: true }),
          headRevisionId: t.arg.id({
            description:
              "The head revision the client shows (the one it means to act on). If the head has moved since, the answer is a Conflict carrying the new head and nothing changes. Desk clients should always pass it.",
          }),
          overrideNote: t.arg.string({
            description:
              "submit and publish: lets blocks flagged as untranslated through; says why (1–500 characters). Kept in the translation's history.",
          }),
        },
        resolve: async (_root, args, context) => {
          const key = translationKey(args);
          if (!key) return noTranslation(args);
          const user = await authorizeOnArticle(context, action, key);
          if ("kind" in user) return user;
          const head = args.headRevisionId == null ? null : parseArticleId(String(args.headRevisionId));
          if (args.headRevisionId != null && head === null) return noTranslation(args);
          const outcome: TransitionOutcome = await transitionTranslation(context.db, key, action, {
            expectedHeadRevisionId: head,
            overrideNote: args.overrideNote,
            userId: user.id,
          });
          if (outcome.kind === "transitioned" && outcome.readersChanged)
            await context.readerCache.translationChanged(context.db, key.articleId, key.locale);
          return outcome.kind === "untranslated" ? { ...outcome, locale: key.locale } : outcome;
        },
      }),
    ]),
  ),
}));
