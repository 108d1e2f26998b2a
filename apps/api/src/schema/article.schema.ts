import type { ArticleCard, PublishedEdition } from "@sahifa/db/reader/articles";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { readerPaths } from "../urls.ts";
import {
  ArticleConnection,
  ArticleKindEnum,
  ArticleRef,
  articlePage,
  loadPublished,
  parseArticleId,
} from "./article-ref.ts";
import { AuthorRef } from "./author.schema.ts";
import { BodyBlockUnion, withLocale } from "./body.schema.ts";
import { DossierRef } from "./dossier.schema.ts";
import { ImageRef, VideoRef } from "./image.schema.ts";
import { DirectionEnum, editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";
import { RegionRef, regionInEdition } from "./region.schema.ts";
import { revisionReadTime } from "./revision-read-time.ts";
import { SectionRef, sectionInEdition } from "./section.schema.ts";
import { TagRef } from "./tag.schema.ts";

/** Another edition of an article: what the edition switcher and hreflang links need. */
const ArticleTranslationRef = builder.objectRef<PublishedEdition & { sectionPath: string }>(
  "ArticleTranslation",
);

builder.objectType(ArticleTranslationRef, {
  fields: (t) => ({
    locale: t.field({ type: LocaleEnum, resolve: (e) => e.locale }),
    slug: t.exposeString("slug"),
    url: t.string({ resolve: (e) => readerPaths.article(e.locale, e.sectionPath, e.articleId, e.slug) }),
  }),
});

async function sectionPath(card: { sectionId: number }, context: Context): Promise<string> {
  const sections = await context.loaders.sections();
  return sections.find((s) => s.id === card.sectionId)?.path ?? "";
}

async function bodyOf(card: ArticleCard, context: Context): Promise<BodyBlock[]> {
  return (await context.loaders.revisionContent.load(card.publishedRevisionId)).body;
}

async function editionsOf(articleId: number, context: Context) {
  const [editions, sections] = await Promise.all([
    context.loaders.editions.load(articleId),
    context.loaders.sections(),
  ]);
  return editions.map((e) => ({ ...e, sectionPath: sections.find((s) => s.id === e.sectionId)?.path ?? "" }));
}

function checkListSize(size: number, max = 20): number {
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw new GraphQLError(`Argument "first" must be between 0 and ${max}.`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return size;
}

builder.objectType(ArticleRef, {
  description: "A story as published in one edition. Every nested field answers in that edition's language.",
  fields: (t) => {
    /** Search-engine fields of the published revision (one loader with the body: no extra query). */
    const seoField = (field: "seoTitle" | "seoDescription", description: string) =>
      t.string({
        nullable: true,
        description,
        resolve: async (a, _args, context) =>
          (await context.loaders.revisionContent.load(a.publishedRevisionId))[field],
      });
    return {
      id: t.id({
        description: "Stable numeric id, shared by every edition (it is in the article URL).",
        resolve: (a) => a.id,
      }),
      locale: t.field({ type: LocaleEnum, resolve: (a) => a.locale }),
      direction: t.field({ type: DirectionEnum, resolve: (a) => LOCALE_CONFIG[a.locale].dir }),
      originalLocale: t.field({
        type: LocaleEnum,
        description: "The language the story was written in; other editions are translations.",
        resolve: (a) => a.originalLocale,
      }),
      kind: t.field({ type: ArticleKindEnum, resolve: (a) => a.kind }),
      slug: t.exposeString("slug"),
      url: t.string({
        description:
          "Canonical site-relative path /{locale}/{section-path}/{id}/{slug}; the slug is raw (not percent-encoded).",
        resolve: async (a, _args, context) =>
          readerPaths.article(a.locale, await sectionPath(a, context), a.id, a.slug),
      }),
      title: t.exposeString("title"),
      summary: t.exposeString("summary"),
      seoTitle: seoField(
        "seoTitle",
        "The title for search engines and link previews, when the desk wrote one for this edition; else null (use `title`).",
      ),
      seoDescription: seoField(
        "seoDescription",
        "The description for search engines and link previews, when the desk wrote one for this edition; else null (use `summary`).",
      ),
      body: t.field({
        type: [BodyBlockUnion],
        resolve: async (a, _args, context) => withLocale(await bodyOf(a, context), a.locale),
      }),
      readTimeMinutes: t.int({
        description: "Minutes to read the body at the edition's reading speed (never less than 1).",
        resolve: async (a, _args, context) =>
          revisionReadTime(a.publishedRevisionId, await bodyOf(a, context), a.locale),
      }),
      authors: t.field({
        type: [AuthorRef],
        description: "The byline, in order.",
        resolve: async (a, _args, context) =>
          (await context.loaders.authorsOf.load({ locale: a.locale, key: a.id })).map((author) => ({
            ...author,
            locale: a.locale,
          })),
      }),
      source: t.exposeString("sourceName", {
        nullable: true,
        description:
          "An outside source (e.g. a news agency); null for the newsroom's own reporting, which clients credit to the publication.",
      }),
      section: t.field({
        type: SectionRef,
        resolve: async (a, _args, context) => {
          const section = await sectionInEdition(context, a.locale, (s) => s.id === a.sectionId);
          if (!section) throw new Error(`Article ${a.id} has no section ${a.sectionId}`);
          return section;
        },
      }),
      region: t.field({
        type: RegionRef,
        nullable: true,
        resolve: (a, _args, context) =>
          a.regionId === null ? null : regionInEdition(context, a.locale, (r) => r.id === a.regionId),
      }),
      tags: t.field({
        type: [TagRef],
        resolve: async (a, _args, context) =>
          (await context.loaders.tagsOf.load({ locale: a.locale, key: a.id })).map((tag) => ({
            ...tag,
            locale: a.locale,
          })),
      }),
      dossier: t.field({
        type: DossierRef,
        nullable: true,
        description: "The coverage dossier (long-running story) the article belongs to.",
        resolve: async (a, _args, context) => {
          if (a.dossierId === null) return null;
          const dossier = await context.loaders.dossier.load({ locale: a.locale, key: a.dossierId });
          return dossier && { ...dossier, locale: a.locale };
        },
      }),
      leadImage: t.field({
        type: ImageRef,
        nullable: true,
        description: "The lead picture: the lead image, or the lead video's poster.",
        resolve: async (a, _args, context) => {
          if (a.leadMediaId === null) return null;
          const lead = await context.loaders.media.load({ locale: a.locale, key: a.leadMediaId });
          if (lead?.kind !== "video") return lead;
          return lead.posterMediaId === null
            ? null
            : context.loaders.media.load({ locale: a.locale, key: lead.posterMediaId });
        },
      }),
      leadVideo: t.field({
        type: VideoRef,
        nullable: true,
        description: "The lead video, when the article leads with one (its poster is also `leadImage`).",
        resolve: async (a, _args, context) => {
          if (a.leadMediaId === null) return null;
          const lead = await context.loaders.media.load({ locale: a.locale, key: a.leadMediaId });
          return lead?.kind === "video" ? lead : null;
        },
      }),
      shareCount: t.exposeInt("shareCount"),
      publishedAt: t.expose("publishedAt", {
        type: "DateTime",
        description: "First published in this edition.",
      }),
      updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last published in this edition." }),
      translations: t.field({
        type: [ArticleTranslationRef],
        description: "Every edition that publishes this article, this one included.",
        resolve: (a, _args, context) => editionsOf(a.id, context),
      }),
      related: t.field({
        type: [ArticleRef],
        description:
          "Related news: the body's related links first, then the newest stories sharing its dossier or a tag; only those published in this edition.",
        args: { first: t.arg.int({ required: true, defaultValue: 4, description: "How many (0–20)." }) },
        resolve: async (a, args, context) => {
          const first = checkListSize(args.first);
          const [body, byTopic] = await Promise.all([
            bodyOf(a, context),
            context.loaders.relatedByTopic.load({ locale: a.locale, id: a.id, limit: first }),
          ]);
          const linkedIds = body.flatMap((block) => (block.type === "related" ? block.articleIds : []));
          const linked = await loadPublished(context, a.locale, linkedIds);
          const seen = new Set<number>([a.id]);
          return [...linked, ...byTopic]
            .filter((card) => !seen.has(card.id) && seen.add(card.id))
            .slice(0, first);
        },
      }),
      readNext: t.field({
        type: [ArticleRef],
        description: "The newest other stories of the same section in this edition.",
        args: { first: t.arg.int({ required: true, defaultValue: 3, description: "How many (0–20)." }) },
        resolve: (a, args, context) =>
          context.loaders.readNext.load({ locale: a.locale, id: a.id, limit: checkListSize(args.first) }),
      }),
    };
  },
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description:
      "One article by `id` or by `slug` (give exactly one). Null when there is no such article PUBLISHED in the edition; `articleTranslations(id)` then says which editions have it.",
    args: {
      id: t.arg.id(),
      slug: t.arg.string(),
      locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const locale = editionOf(args.locale, context);
      if ((args.id == null) === (args.slug == null)) {
        throw new GraphQLError("Give exactly one of `id` or `slug`.", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      if (args.slug != null) return context.loaders.articleBySlug.load({ locale, key: args.slug });
      const id = parseArticleId(String(args.id));
      return id === null ? null : context.loaders.articleById.load({ locale, key: id });
    },
  }),
  articleTranslations: t.field({
    type: [ArticleTranslationRef],
    description:
      "The editions that publish an article (empty when none does or the id is unknown): for the page that says an article is not in this edition.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const id = parseArticleId(String(args.id));
      return id === null ? [] : editionsOf(id, context);
    },
  }),
  articles: t.connection(
    {
      type: ArticleRef,
      description: "Every article of the edition, newest first.",
      args: { locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }) },
      resolve: (_root, args, context) =>
        articlePage(args, editionOf(args.locale, context), { by: "edition" }, context),
    },
    ArticleConnection,
  ),
}));
