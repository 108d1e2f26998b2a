import { createAuthor, setAuthorPhoto, setAuthorProfile } from "@sahifa/db/desk/author-profiles";
import { listTaxonomyGaps, type TaxonomyGap } from "@sahifa/db/desk/taxonomy-gaps";
import { createDossier } from "@sahifa/db/desk/taxonomy-labels";
import { findAuthorsBySlug } from "@sahifa/db/reader/authors";
import { findTagsBySlug } from "@sahifa/db/reader/taxonomy";
import { spellingKey } from "@sahifa/domain/slug";
import { builder } from "../../builder.ts";
import { parseArticleId } from "../article-ref.ts";
import { AuthorRef } from "../author.schema.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { TagRef } from "../tag.schema.ts";
import { ForbiddenRef, NotFoundRef, ValidationErrorRef } from "./desk-errors.schema.ts";
import { authorize, requireDeskUser } from "./desk-guard.ts";

const GapKindEnum = builder.enumType("TaxonomyGapKind", {
  values: ["section", "region", "tag", "dossier", "author"] as const,
});
const TaxonomyGapRef = builder.objectRef<TaxonomyGap>("TaxonomyGap");
builder.objectType(TaxonomyGapRef, {
  description: "An item of the taxonomy that lacks text in an edition.",
  fields: (t) => ({
    kind: t.field({ type: GapKindEnum, resolve: (g) => g.kind }),
    key: t.exposeString("key", { description: "Section path, or region/tag/dossier/author slug." }),
    missing: t.exposeStringList("missing", {
      description: 'What is missing: "label", "title", "description", "name", "bio" or "role".',
    }),
  }),
});

const ProfileSetRef = builder.objectRef<{ kind: "profile_set"; slug: string; locale: "en" | "ar" | "es" }>(
  "AuthorProfileSet",
);
builder.objectType(ProfileSetRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "profile_set",
  fields: (t) => ({
    author: t.field({
      type: AuthorRef,
      description: "The author as readers of the edition see them.",
      resolve: async (r, _args, context) => {
        const [author] = await findAuthorsBySlug(context.db, r.locale, [r.slug]);
        if (!author) throw new Error(`Author ${r.slug} vanished`);
        return { ...author, locale: r.locale };
      },
    }),
  }),
});
const DossierCreatedRef = builder.objectRef<{ kind: "dossier_created"; id: number; slug: string }>(
  "DossierCreated",
);
builder.objectType(DossierCreatedRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "dossier_created",
  fields: (t) => ({ id: t.id({ resolve: (r) => r.id }), slug: t.exposeString("slug") }),
});

const AuthorResult = builder.unionType("AuthorProfileResult", {
  types: [ProfileSetRef, ValidationErrorRef, ForbiddenRef, NotFoundRef],
});
const DossierResult = builder.unionType("CreateDossierResult", {
  types: [DossierCreatedRef, ValidationErrorRef, ForbiddenRef],
});

builder.queryFields((t) => ({
  taxonomyGaps: t.field({
    type: [TaxonomyGapRef],
    description:
      "Desk (signed in): what the edition lacks — sections, regions, tags without a label, dossiers without title or description, authors without name, bio or role.",
    args: { locale: t.arg({ type: LocaleEnum, required: true }) },
    resolve: (_root, args, context) => {
      requireDeskUser(context);
      return listTaxonomyGaps(context.db, args.locale);
    },
  }),
  deskTags: t.field({
    type: [TagRef],
    description:
      "Desk (signed in): every tag (published or not) in the edition's words, to pick from; `search` matches spelling-insensitively.",
    args: {
      locale: t.arg({ type: LocaleEnum, required: true }),
      search: t.arg.string(),
      first: t.arg.int({ required: true, defaultValue: 50 }),
    },
    resolve: async (_root, args, context) => {
      requireDeskUser(context);
      const slugs = (await context.db.selectFrom("tags").select("slug").orderBy("slug").execute()).map(
        (r) => r.slug,
      );
      const tags = await findTagsBySlug(context.db, args.locale, slugs);
      const needle = args.search ? spellingKey(args.search) : "";
      return tags
        .filter(
          (tag) =>
            !needle || spellingKey(tag.label).includes(needle) || spellingKey(tag.slug).includes(needle),
        )
        .sort((a, b) => a.label.localeCompare(b.label, args.locale))
        .slice(0, Math.min(Math.max(args.first, 1), 200))
        .map((tag) => ({ ...tag, locale: args.locale }));
    },
  }),
}));

builder.mutationFields((t) => ({
  createDossier: t.field({
    type: DossierResult,
    description: "Editors of `locale`: a coverage dossier with its title and description in that edition.",
    args: {
      slug: t.arg.string({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      title: t.arg.string({ required: true }),
      description: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "editTaxonomy", args.locale);
      if ("kind" in user) return user;
      return createDossier(context.db, args);
    },
  }),
  createAuthor: t.field({
    type: AuthorResult,
    description: "Editors of `locale`: a new byline with its name, bio and role in that edition.",
    args: {
      slug: t.arg.string({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      name: t.arg.string({ required: true }),
      bio: t.arg.string(),
      role: t.arg.string(),
      isDesk: t.arg.boolean({ description: 'A desk byline ("Sahifa Staff") rather than a person.' }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "editTaxonomy", args.locale);
      if ("kind" in user) return user;
      const result = await createAuthor(context.db, args);
      return result.kind === "profile_set" ? { ...result, locale: args.locale } : result;
    },
  }),
  setAuthorProfile: t.field({
    type: AuthorResult,
    description:
      "Editors of `locale`: an author's name, bio and role in that edition (bio and role kept when not given).",
    args: {
      slug: t.arg.string({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      name: t.arg.string({ required: true }),
      bio: t.arg.string(),
      role: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "editTaxonomy", args.locale);
      if ("kind" in user) return user;
      const result = await setAuthorProfile(context.db, args);
      return result.kind === "profile_set" ? { ...result, locale: args.locale } : result;
    },
  }),
  setAuthorPhoto: t.field({
    type: AuthorResult,
    description:
      "Editors: an author's photo, an image of the media library (every edition shows it), or none.",
    args: {
      slug: t.arg.string({ required: true }),
      mediaId: t.arg.id({ description: "Null removes the photo." }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "uploadMedia");
      if ("kind" in user) return user;
      const mediaId = args.mediaId == null ? null : (parseArticleId(String(args.mediaId)) ?? -1);
      const result = await setAuthorPhoto(context.db, args.slug, mediaId);
      return result.kind === "profile_set" ? { ...result, locale: context.locale } : result;
    },
  }),
}));
