import { type Dossier, findDossiersBySlug, listDossiers } from "@sahifa/db/reader/taxonomy";
import type { Locale } from "@sahifa/domain/locales";
import { builder } from "../builder.ts";
import { readerPaths } from "../urls.ts";
import { ArticleConnection, ArticleRef, articlePage } from "./article-ref.ts";
import { listSizeComplexity } from "./complexity.ts";
import { MAX_PAGE_SIZE, pageSizeArgs } from "./cursor.ts";
import { editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";

export const DossierRef = builder.objectRef<Dossier & { locale: Locale }>("Dossier");

builder.objectType(DossierRef, {
  description: "A coverage dossier: a long-running story with its own page.",
  fields: (t) => ({
    slug: t.exposeString("slug"),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    active: t.exposeBoolean("active", { description: "Still being covered." }),
    url: t.string({ resolve: (d) => readerPaths.dossier(d.locale, d.slug) }),
    articles: t.connection(
      {
        type: ArticleRef,
        description: "Articles of this dossier published in the edition, newest first.",
        resolve: (d, args, context) =>
          articlePage(args, d.locale, { by: "dossier", dossierId: d.id }, context),
      },
      ArticleConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  dossiers: t.field({
    complexity: listSizeComplexity("dossiers"),
    type: [DossierRef],
    description: "Dossiers with at least one article published in the edition: active first, newest first.",
    args: {
      locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }),
      active: t.arg.boolean({
        description: "Only the running dossiers (true) or only the closed ones (false); both when absent.",
      }),
      first: t.arg.int({ description: `At most this many (0 to ${MAX_PAGE_SIZE}); all when absent.` }),
    },
    resolve: async (_root, args, context) => {
      pageSizeArgs(args);
      const locale = editionOf(args.locale, context);
      const dossiers = await listDossiers(context.db, locale, {
        ...(args.active != null && { active: args.active }),
        ...(args.first != null && { limit: args.first }),
      });
      return dossiers.map((d) => ({ ...d, locale }));
    },
  }),
  dossier: t.field({
    type: DossierRef,
    nullable: true,
    description: "A dossier by slug; null when there is none.",
    args: {
      slug: t.arg.string({ required: true }),
      locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const locale = editionOf(args.locale, context);
      const [dossier] = await findDossiersBySlug(context.db, locale, [args.slug]);
      return dossier ? { ...dossier, locale } : null;
    },
  }),
}));
