import { createArticle, updateArticleFacts } from "@sahifa/db/desk/articles";
import { type DeskArticle, findDeskArticle, listDeskTranslations } from "@sahifa/db/desk/desk-translations";
import { type FactChange, listFactChanges } from "@sahifa/db/desk/fact-history";
import { builder } from "../../builder.ts";
import { ArticleKindEnum, parseArticleId } from "../article-ref.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { ForbiddenRef, NotFoundRef, ValidationErrorRef } from "./desk-errors.schema.ts";
import { authorize, requireDeskUser } from "./desk-guard.ts";
import { TranslationContentInput } from "./desk-inputs.schema.ts";
import { DeskTranslationRef, TranslationCreatedRef } from "./desk-translation.schema.ts";

const FactFieldChangeRef = builder.objectRef<FactChange["changes"][number]>("FactFieldChange");
builder.objectType(FactFieldChangeRef, {
  description: "One fact before and after a change, as the desk names it (paths, slugs, media ids).",
  fields: (t) => ({
    field: t.exposeString("field", {
      description:
        "kind, sectionPath, regionSlug, dossierSlug, tagSlugs, authorSlugs, sourceName or leadMediaId.",
    }),
    before: t.stringList({
      description: "The value before (lists in order; one item for a single value; empty for none).",
      resolve: (c) => (c.before === null ? [] : Array.isArray(c.before) ? c.before : [c.before]),
    }),
    after: t.stringList({
      resolve: (c) => (c.after === null ? [] : Array.isArray(c.after) ? c.after : [c.after]),
    }),
  }),
});

const FactChangeRef = builder.objectRef<FactChange>("FactChange");
builder.objectType(FactChangeRef, {
  description: "A change of an article's facts: who, when, what.",
  fields: (t) => ({
    id: t.id({ resolve: (c) => c.id }),
    changedAt: t.expose("changedAt", { type: "DateTime" }),
    changedBy: t.exposeString("userName", { nullable: true, description: "The desk user's display name." }),
    changes: t.field({ type: [FactFieldChangeRef], resolve: (c) => c.changes }),
  }),
});

export const DeskArticleRef = builder.objectRef<DeskArticle>("DeskArticle");
builder.objectType(DeskArticleRef, {
  description: "An article's language-neutral facts and every translation in any status (desk only).",
  fields: (t) => ({
    id: t.id({ resolve: (a) => a.id }),
    kind: t.field({ type: ArticleKindEnum, resolve: (a) => a.kind }),
    originalLocale: t.field({ type: LocaleEnum, resolve: (a) => a.originalLocale }),
    sectionPath: t.exposeString("sectionPath"),
    regionSlug: t.exposeString("regionSlug", { nullable: true }),
    dossierSlug: t.exposeString("dossierSlug", { nullable: true }),
    tagSlugs: t.exposeStringList("tagSlugs"),
    authorSlugs: t.exposeStringList("authorSlugs"),
    sourceName: t.exposeString("sourceName", { nullable: true }),
    leadMediaId: t.id({ nullable: true, resolve: (a) => a.leadMediaId }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    translations: t.field({
      type: [DeskTranslationRef],
      description: "Every edition that has started this article, in any status.",
      resolve: (a, _args, context) => listDeskTranslations(context.db, a.id),
    }),
    factHistory: t.field({
      type: [FactChangeRef],
      description: "Every change of the facts, newest first; the oldest is the creation.",
      resolve: (a, _args, context) => listFactChanges(context.db, a.id),
    }),
  }),
});

const NewTagInput = builder.inputType("NewTagInput", {
  description: "A tag created with the article (its label in the article's original language).",
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Latin, hyphenated: "climate-talks".' }),
    label: t.string({ required: true }),
  }),
});

const ArticleFactsInput = builder.inputType("ArticleFactsInput", {
  description: "Language-neutral facts, named by path and slug as in URLs.",
  fields: (t) => ({
    kind: t.field({ type: ArticleKindEnum, required: true }),
    sectionPath: t.string({ required: true, description: 'E.g. "news/politics".' }),
    regionSlug: t.string(),
    dossierSlug: t.string(),
    tagSlugs: t.stringList({ description: "In display order; existing tags (pick from `tags`)." }),
    newTags: t.field({
      type: [NewTagInput],
      description:
        "Tags to create and add after tagSlugs; one spelled like an existing tag is refused (pick it instead).",
    }),
    authorSlugs: t.stringList({ description: "In byline order." }),
    sourceName: t.string(),
    leadMediaId: t.id(),
  }),
});

const ArticleUpdatedRef = builder.objectRef<{ kind: "updated"; id: number }>("ArticleUpdated");
builder.objectType(ArticleUpdatedRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "updated",
  fields: (t) => ({
    article: t.field({
      type: DeskArticleRef,
      resolve: async (r, _args, context) => (await findDeskArticle(context.db, r.id))!,
    }),
  }),
});

const CreateArticleResult = builder.unionType("CreateArticleResult", {
  types: [TranslationCreatedRef, ValidationErrorRef, ForbiddenRef],
});
const UpdateArticleResult = builder.unionType("UpdateArticleResult", {
  types: [ArticleUpdatedRef, ValidationErrorRef, ForbiddenRef, NotFoundRef],
});

function leadMedia(value: string | number | null | undefined) {
  return value == null ? null : (parseArticleId(String(value)) ?? -1);
}

builder.queryFields((t) => ({
  deskArticle: t.field({
    type: DeskArticleRef,
    nullable: true,
    description: "Desk (signed in): an article in any status, with all its translations. Null when unknown.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      requireDeskUser(context);
      const id = parseArticleId(String(args.id));
      return id === null ? null : findDeskArticle(context.db, id);
    },
  }),
}));

builder.mutationFields((t) => ({
  createArticle: t.field({
    type: CreateArticleResult,
    description:
      "Editors (of `originalLocale`): creates an original article and its first draft revision, in one transaction.",
    args: {
      originalLocale: t.arg({ type: LocaleEnum, required: true }),
      facts: t.arg({ type: ArticleFactsInput, required: true }),
      content: t.arg({ type: TranslationContentInput, required: true }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "createArticle", args.originalLocale);
      if ("kind" in user) return user;
      return createArticle(
        context.db,
        {
          ...args.facts,
          leadMediaId: leadMedia(args.facts.leadMediaId),
          originalLocale: args.originalLocale,
          content: args.content,
        },
        user.id,
      );
    },
  }),
  updateArticle: t.field({
    type: UpdateArticleResult,
    description:
      "Editors of the article's original locale: changes its facts (section, region, tags, authors…), which every edition shows.",
    args: { id: t.arg.id({ required: true }), facts: t.arg({ type: ArticleFactsInput, required: true }) },
    resolve: async (_root, args, context) => {
      const id = parseArticleId(String(args.id));
      const article = id === null ? undefined : await findDeskArticle(context.db, id);
      const user = authorize(context, "createArticle", article?.originalLocale);
      if ("kind" in user) return user;
      if (!article) return { kind: "not_found", message: `No article ${args.id}.` } as const;
      const result = await context.readerCache.factsChanged(
        context.db,
        article.id,
        () =>
          updateArticleFacts(
            context.db,
            article.id,
            { ...args.facts, leadMediaId: leadMedia(args.facts.leadMediaId) },
            user.id,
          ),
        (outcome) => outcome.kind === "updated",
      );
      return result.kind === "updated" ? ({ kind: "updated", id: article.id } as const) : result;
    },
  }),
}));
