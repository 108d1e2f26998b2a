import { type Author, findAuthorsBySlug, listAuthors } from "@sahifa/db/reader/authors";
import type { Locale } from "@sahifa/domain/locales";
import { builder } from "../builder.ts";
import { readerPaths } from "../urls.ts";
import { ArticleConnection, ArticleRef, articlePage } from "./article-ref.ts";
import { listSizeComplexity } from "./complexity.ts";
import { ImageRef } from "./image.schema.ts";
import { editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";

export const AuthorRef = builder.objectRef<Author & { locale: Locale }>("Author");

builder.objectType(AuthorRef, {
  description: "A byline: a journalist, or a desk (e.g. the newsroom's staff byline).",
  fields: (t) => ({
    slug: t.exposeString("slug"),
    name: t.exposeString("name"),
    bio: t.exposeString("bio"),
    role: t.exposeString("role", {
      description: 'What they do for the newsroom ("Correspondent in Rabat"); may be empty.',
    }),
    photo: t.field({
      type: ImageRef,
      nullable: true,
      description: "Their photo from the media library (use `renditions(crop: SQUARE)` for a portrait).",
      resolve: (a, _args, context) =>
        a.photoMediaId === null
          ? null
          : context.loaders.media.load({ locale: a.locale, key: a.photoMediaId }),
    }),
    isDesk: t.exposeBoolean("isDesk", { description: "A desk byline rather than a person." }),
    url: t.string({ resolve: (a) => readerPaths.author(a.locale, a.slug) }),
    articles: t.connection(
      {
        type: ArticleRef,
        description: "Articles with this byline published in the edition, newest first.",
        resolve: (a, args, context) => articlePage(args, a.locale, { by: "author", authorId: a.id }, context),
      },
      ArticleConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  authors: t.field({
    complexity: listSizeComplexity("authors"),
    type: [AuthorRef],
    description: "Authors with at least one article published in the edition, by name.",
    args: { locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }) },
    resolve: async (_root, args, context) => {
      const locale = editionOf(args.locale, context);
      return (await listAuthors(context.db, locale)).map((a) => ({ ...a, locale }));
    },
  }),
  author: t.field({
    type: AuthorRef,
    nullable: true,
    description: "An author by slug; null when there is none.",
    args: {
      slug: t.arg.string({ required: true }),
      locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const locale = editionOf(args.locale, context);
      const [author] = await findAuthorsBySlug(context.db, locale, [args.slug]);
      return author ? { ...author, locale } : null;
    },
  }),
}));
