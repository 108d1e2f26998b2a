import { findDeskTranslation } from "@sahifa/db/desk/desk-translations";
import { findPreviewCard } from "@sahifa/db/desk/preview-card";
import { findRevision } from "@sahifa/db/desk/revision-rows";
import { builder } from "../../builder.ts";
import { signPreviewToken, verifyPreviewToken } from "../../preview/preview-token.ts";
import { ArticleRef, parseArticleId } from "../article-ref.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { ForbiddenRef, NotFoundRef } from "./desk-errors.schema.ts";
import { authorize } from "./desk-guard.ts";

/** Preview: a draft shown as readers will see it, to whoever holds a short-lived signed token. */

interface PreviewCreated {
  kind: "preview_created";
  token: string;
  expiresAt: Date;
}

const ArticlePreviewRef = builder.objectRef<PreviewCreated>("ArticlePreview");
builder.objectType(ArticlePreviewRef, {
  description: "A token that shows one revision of one translation as readers will see it, for ten minutes.",
  isTypeOf: (value) => (value as { kind?: string }).kind === "preview_created",
  fields: (t) => ({
    token: t.exposeString("token", { description: "Pass to `articlePreview(token)`." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    path: t.string({
      description: "The reader app's preview page for this token: /preview/{token}.",
      resolve: (created) => `/preview/${created.token}`,
    }),
  }),
});

const CreatePreviewResult = builder.unionType("CreateArticlePreviewResult", {
  description:
    "ArticlePreview, or: Forbidden (not signed in, session ended, or not allowed to edit that edition's drafts); NotFound (no such translation, or the revision is not one of its revisions).",
  types: [ArticlePreviewRef, ForbiddenRef, NotFoundRef],
});

const notFound = (message: string) => ({ kind: "not_found", message }) as const;

builder.mutationFields((t) => ({
  createArticlePreview: t.field({
    type: CreatePreviewResult,
    description:
      "Editors and translators of `locale` (admins: any): a signed token for one revision (default: the head) of a translation, valid ten minutes.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      revisionId: t.arg.id({ description: "Default: the head revision (what the editor shows)." }),
    },
    resolve: async (_root, args, context) => {
      // Whoever may edit a translation's drafts may read them; a preview is reading.
      const user = authorize(context, "editDraft", args.locale);
      if ("kind" in user) return user;
      const articleId = parseArticleId(String(args.articleId));
      const translation =
        articleId === null
          ? undefined
          : await findDeskTranslation(context.db, { articleId, locale: args.locale });
      if (!translation || articleId === null)
        return notFound(`No ${args.locale} translation of article ${args.articleId}.`);
      let revisionId = translation.headRevisionId;
      if (args.revisionId != null) {
        const asked = parseArticleId(String(args.revisionId));
        const revision = asked === null ? undefined : await findRevision(context.db, asked);
        if (!revision || revision.articleId !== articleId || revision.locale !== args.locale) {
          return notFound(`Revision ${args.revisionId} is not a revision of this translation.`);
        }
        revisionId = revision.id;
      }
      // Tokens run on the wall clock, like sessions: a fixed request clock must not stretch them.
      const signed = signPreviewToken(
        { articleId, locale: args.locale, revisionId },
        new Date(),
        context.previewSecret,
      );
      return { kind: "preview_created", ...signed } satisfies PreviewCreated;
    },
  }),
}));

builder.queryFields((t) => ({
  articlePreview: t.field({
    type: ArticleRef,
    nullable: true,
    description:
      "The article as readers will see it with the token's revision published: translation fields from that revision, everything else as for readers. Null when the token is invalid, tampered with or expired, or the revision is gone. Answered with Cache-Control: private, no-store.",
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const grant = verifyPreviewToken(args.token, new Date(), context.previewSecret);
      if (!grant) return null;
      return (await findPreviewCard(context.db, grant, context.now)) ?? null;
    },
  }),
}));
