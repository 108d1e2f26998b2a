import { listArticlePage } from "@sahifa/db/reader/article-lists";
import type { ArticleCard } from "@sahifa/db/reader/articles";
import { mostRead } from "@sahifa/db/views/most-read";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { readerPaths } from "../urls.ts";
import { ArticleRef } from "./article-ref.ts";
import { BreakingItemRef, breakingItems, MAX_BREAKING } from "./breaking.schema.ts";
import { DirectionEnum, editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";
import { type SectionInEdition, SectionRef, sectionsInEdition } from "./section.schema.ts";

/** The front page of one edition. */
const EditionRef = builder.objectRef<{ locale: Locale }>("Edition");

const SectionBlockRef = builder.objectRef<{ section: SectionInEdition; articles: ArticleCard[] }>(
  "SectionBlock",
);

builder.objectType(SectionBlockRef, {
  description:
    "A section's block on the front page: its newest stories (the section's subsections included).",
  fields: (t) => ({
    section: t.field({ type: SectionRef, resolve: (block) => block.section }),
    articles: t.field({ type: [ArticleRef], resolve: (block) => block.articles }),
  }),
});

function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GraphQLError(`Argument "${name}" must be between ${min} and ${max} (got ${value}).`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

builder.objectType(EditionRef, {
  description: "An edition's front page. Everything on it is published in the edition's language.",
  fields: (t) => ({
    locale: t.field({ type: LocaleEnum, resolve: (e) => e.locale }),
    direction: t.field({ type: DirectionEnum, resolve: (e) => LOCALE_CONFIG[e.locale].dir }),
    nativeName: t.string({ resolve: (e) => LOCALE_CONFIG[e.locale].nativeName }),
    url: t.string({ resolve: (e) => readerPaths.edition(e.locale) }),
    lead: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The lead story: the newest article of the edition (null only for an empty edition).",
      resolve: async (e, _args, context) => {
        const [lead] = await listArticlePage(context.db, {
          locale: e.locale,
          filter: { by: "edition" },
          limit: 1,
          inverted: false,
        });
        return lead ? context.loaders.prime([lead])[0] : null;
      },
    }),
    sections: t.field({
      type: [SectionBlockRef],
      description:
        "Section blocks in navigation order (each top-level section, then its subsections), leaving out sections with nothing published in the edition. One query fetches every block.",
      args: {
        paths: t.arg.stringList({ description: "Only these sections (by path); default: every section." }),
        first: t.arg.int({ description: "At most this many blocks (0–50)." }),
        perSection: t.arg.int({ required: true, defaultValue: 4, description: "Stories per block (1–20)." }),
      },
      resolve: async (e, args, context) => {
        const perSection = checkRange("perSection", args.perSection, 1, 20);
        const first = args.first == null ? 50 : checkRange("first", args.first, 0, 50);
        const all = await sectionsInEdition(context, e.locale);
        const ordered = all
          .filter((s) => s.parentId === null)
          .flatMap((top) => [top, ...all.filter((s) => s.parentId === top.id)]);
        const wanted = args.paths ? ordered.filter((s) => args.paths?.includes(s.path)) : ordered;
        const lists = await context.loaders.latestBySection.loadMany(
          wanted.map((s) => ({ locale: e.locale, id: s.id, limit: perSection })),
        );
        return wanted
          .map((section, index) => {
            const articles = lists[index];
            return { section, articles: Array.isArray(articles) ? articles : [] };
          })
          .filter((block) => block.articles.length > 0)
          .slice(0, first);
      },
    }),
    mostRead: t.field({
      type: [ArticleRef],
      description: "Most read in the edition over the last `days` days (views of this edition only).",
      args: {
        first: t.arg.int({ required: true, defaultValue: 5, description: "How many (0–20)." }),
        days: t.arg.int({
          required: true,
          defaultValue: 7,
          description: "Window in days, today included (1–30).",
        }),
      },
      resolve: async (e, args, context) => {
        const first = checkRange("first", args.first, 0, 20);
        const days = checkRange("days", args.days, 1, 30);
        // Cached in process for a minute (views/most-read.ts): every page shows it.
        const rows =
          first === 0 ? [] : await mostRead(context.db, e.locale, { days, limit: first, now: context.now });
        return context.loaders.prime(rows.map((row) => row.article));
      },
    }),
    breaking: t.field({
      type: [BreakingItemRef],
      description: "Unexpired breaking items, newest first.",
      args: {
        first: t.arg.int({ required: true, defaultValue: 10, description: `How many (0–${MAX_BREAKING}).` }),
      },
      resolve: (e, args, context) => breakingItems(context, e.locale, args.first),
    }),
  }),
});

builder.queryFields((t) => ({
  edition: t.field({
    type: EditionRef,
    description: "An edition's front page: lead story, section blocks, most read and breaking news.",
    args: { locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }) },
    resolve: (_root, args, context: Context) => ({ locale: editionOf(args.locale, context) }),
  }),
}));
