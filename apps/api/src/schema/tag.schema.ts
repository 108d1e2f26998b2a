import { findTagsBySlug, listTags, type Tag } from "@sahifa/db/reader/taxonomy";
import type { Locale } from "@sahifa/domain/locales";
import { builder } from "../builder.ts";
import { readerPaths } from "../urls.ts";
import { ArticleConnection, ArticleRef, articlePage } from "./article-ref.ts";
import { listSizeComplexity } from "./complexity.ts";
import { editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";

export const TagRef = builder.objectRef<Tag & { locale: Locale }>("Tag");

builder.objectType(TagRef, {
  fields: (t) => ({
    slug: t.exposeString("slug"),
    label: t.exposeString("label"),
    description: t.exposeString("description", {
      description: "A line under the tag's title; may be empty.",
    }),
    url: t.string({ resolve: (tag) => readerPaths.tag(tag.locale, tag.slug) }),
    articles: t.connection(
      {
        type: ArticleRef,
        description: "Articles with this tag published in the edition, newest first.",
        resolve: (tag, args, context) => articlePage(args, tag.locale, { by: "tag", tagId: tag.id }, context),
      },
      ArticleConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  tags: t.field({
    complexity: listSizeComplexity("tags"),
    type: [TagRef],
    description: "Tags that have at least one article published in the edition, by label.",
    args: { locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }) },
    resolve: async (_root, args, context) => {
      const locale = editionOf(args.locale, context);
      return (await listTags(context.db, locale)).map((tag) => ({ ...tag, locale }));
    },
  }),
  tag: t.field({
    type: TagRef,
    nullable: true,
    description: "A tag by slug; null when there is none.",
    args: {
      slug: t.arg.string({ required: true }),
      locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const locale = editionOf(args.locale, context);
      const [tag] = await findTagsBySlug(context.db, locale, [args.slug]);
      return tag ? { ...tag, locale } : null;
    },
  }),
}));
