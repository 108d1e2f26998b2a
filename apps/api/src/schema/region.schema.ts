import type { RegionNode } from "@sahifa/db/reader/taxonomy";
import type { Locale } from "@sahifa/domain/locales";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { readerPaths } from "../urls.ts";
import { ArticleConnection, ArticleRef, articlePage } from "./article-ref.ts";
import { listSizeComplexity } from "./complexity.ts";
import { editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";
import { labelIn } from "./section.schema.ts";

export type RegionInEdition = RegionNode & { locale: Locale };
export const RegionRef = builder.objectRef<RegionInEdition>("Region");

export async function regionInEdition(
  context: Context,
  locale: Locale,
  predicate: (region: RegionNode) => boolean,
): Promise<RegionInEdition | null> {
  const region = (await context.loaders.regions()).find(predicate);
  return region ? { ...region, locale } : null;
}

builder.objectType(RegionRef, {
  description: "A world region (Africa, MENA …), labelled in the edition's language.",
  fields: (t) => ({
    slug: t.exposeString("slug"),
    label: t.string({ resolve: (r) => labelIn(r.labels, r.locale, r.slug) }),
    url: t.string({ resolve: (r) => readerPaths.region(r.locale, r.slug) }),
    articles: t.connection(
      {
        type: ArticleRef,
        description: "Articles about this region published in the edition, newest first.",
        resolve: (r, args, context) => articlePage(args, r.locale, { by: "region", regionId: r.id }, context),
      },
      ArticleConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  regions: t.field({
    complexity: listSizeComplexity("regions"),
    type: [RegionRef],
    args: { locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }) },
    resolve: async (_root, args, context) => {
      const locale = editionOf(args.locale, context);
      return (await context.loaders.regions()).map((region) => ({ ...region, locale }));
    },
  }),
  region: t.field({
    type: RegionRef,
    nullable: true,
    description: "A region by slug; null when there is none.",
    args: {
      slug: t.arg.string({ required: true }),
      locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }),
    },
    resolve: (_root, args, context) =>
      regionInEdition(context, editionOf(args.locale, context), (r) => r.slug === args.slug),
  }),
}));
