import type { Labels, SectionNode } from "@sahifa/db/reader/taxonomy";
import type { Locale } from "@sahifa/domain/locales";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { readerPaths } from "../urls.ts";
import { ArticleConnection, ArticleRef, articlePage } from "./article-ref.ts";
import { listSizeComplexity } from "./complexity.ts";
import { editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";

export type SectionInEdition = SectionNode & { locale: Locale };
export const SectionRef = builder.objectRef<SectionInEdition>("Section");

/** A label in the edition's language; English, then the slug, if the desk has not translated it yet. */
export function labelIn(labels: Labels, locale: Locale, slug: string): string {
  return labels[locale] ?? labels.en ?? slug;
}

export async function sectionsInEdition(context: Context, locale: Locale): Promise<SectionInEdition[]> {
  return (await context.loaders.sections()).map((section) => ({ ...section, locale }));
}

export async function sectionInEdition(
  context: Context,
  locale: Locale,
  predicate: (section: SectionNode) => boolean,
): Promise<SectionInEdition | null> {
  const section = (await context.loaders.sections()).find(predicate);
  return section ? { ...section, locale } : null;
}

/** The section and every section below it (a section page lists its subsections' articles too). */
export function subtreeIds(sections: readonly SectionNode[], root: SectionNode): number[] {
  return sections.filter((s) => s.id === root.id || s.path.startsWith(`${root.path}/`)).map((s) => s.id);
}

builder.objectType(SectionRef, {
  description: "A section of the edition (News › Politics …), labelled in the edition's language.",
  fields: (t) => ({
    path: t.exposeString("path", {
      description: "Language-neutral path, e.g. news/politics (also the URL segment).",
    }),
    slug: t.exposeString("slug"),
    label: t.string({ resolve: (s) => labelIn(s.labels, s.locale, s.slug) }),
    url: t.string({ resolve: (s) => readerPaths.section(s.locale, s.path) }),
    parent: t.field({
      type: SectionRef,
      nullable: true,
      resolve: (s, _args, context) =>
        s.parentId === null ? null : sectionInEdition(context, s.locale, (p) => p.id === s.parentId),
    }),
    children: t.field({
      type: [SectionRef],
      resolve: async (s, _args, context) =>
        (await sectionsInEdition(context, s.locale)).filter((child) => child.parentId === s.id),
    }),
    articles: t.connection(
      {
        type: ArticleRef,
        description: "Articles of this section and its subsections published in the edition, newest first.",
        resolve: async (s, args, context) => {
          const sectionIds = subtreeIds(await context.loaders.sections(), s);
          return articlePage(args, s.locale, { by: "sections", sectionIds }, context);
        },
      },
      ArticleConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  sections: t.field({
    complexity: listSizeComplexity("sections"),
    type: [SectionRef],
    description: "The top-level sections in navigation order; `children` gives the tree below each.",
    args: { locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }) },
    resolve: async (_root, args, context) =>
      (await sectionsInEdition(context, editionOf(args.locale, context))).filter((s) => s.parentId === null),
  }),
  section: t.field({
    type: SectionRef,
    nullable: true,
    description: "A section by path (e.g. news/politics); null when there is none.",
    args: {
      path: t.arg.string({ required: true }),
      locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }),
    },
    resolve: (_root, args, context) =>
      sectionInEdition(
        context,
        editionOf(args.locale, context),
        (s) => s.path === args.path.replace(/^\/+|\/+$/g, ""),
      ),
  }),
}));
