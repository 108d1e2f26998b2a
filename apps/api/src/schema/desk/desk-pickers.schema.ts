import { findAuthorsBySlug } from "@sahifa/db/reader/authors";
import { findDossiersBySlug } from "@sahifa/db/reader/taxonomy";
import { builder } from "../../builder.ts";
import { AuthorRef } from "../author.schema.ts";
import { DossierRef } from "../dossier.schema.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { requireDeskUser } from "./desk-guard.ts";

/*
 * What an editor picks from while writing: every author and dossier, published or not (the
 * reader lists only show those with published articles, so a new one could not be chosen).
 */
builder.queryFields((t) => ({
  deskAuthors: t.field({
    type: [AuthorRef],
    description:
      "Desk (signed in): every author (with or without published articles) in the edition's words, by name.",
    args: { locale: t.arg({ type: LocaleEnum, required: true }) },
    resolve: async (_root, args, context) => {
      requireDeskUser(context);
      const slugs = (await context.db.selectFrom("authors").select("slug").execute()).map((r) => r.slug);
      const authors = await findAuthorsBySlug(context.db, args.locale, slugs);
      return authors
        .sort((a, b) => a.name.localeCompare(b.name, args.locale))
        .map((author) => ({ ...author, locale: args.locale }));
    },
  }),
  deskDossiers: t.field({
    type: [DossierRef],
    description:
      "Desk (signed in): every coverage dossier (with or without published articles) in the edition's words, by title.",
    args: { locale: t.arg({ type: LocaleEnum, required: true }) },
    resolve: async (_root, args, context) => {
      requireDeskUser(context);
      const slugs = (await context.db.selectFrom("dossiers").select("slug").execute()).map((r) => r.slug);
      const dossiers = await findDossiersBySlug(context.db, args.locale, slugs);
      return dossiers
        .sort((a, b) => a.title.localeCompare(b.title, args.locale))
        .map((dossier) => ({ ...dossier, locale: args.locale }));
    },
  }),
}));
