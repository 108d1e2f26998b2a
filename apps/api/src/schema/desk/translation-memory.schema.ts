import { findRevision } from "@sahifa/db/desk/revision-rows";
import { findMemoryMatches, type MemoryMatch } from "@sahifa/db/translation-memory";
import { blockText } from "@sahifa/domain/blocks";
import { builder } from "../../builder.ts";
import { parseArticleId } from "../article-ref.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { requireDeskUser } from "./desk-guard.ts";
import { readableTranslation } from "./desk-translation.schema.ts";

const MemoryMatchKindEnum = builder.enumType("MemoryMatchKind", {
  description: "exact: the same source text (after search normalisation). fuzzy: a similar one.",
  values: ["exact", "fuzzy"] as const,
});

const MemoryMatchRef = builder.objectRef<MemoryMatch>("MemoryMatch");
builder.objectType(MemoryMatchRef, {
  description: "An earlier published translation of a similar source block, in the same language pair.",
  fields: (t) => ({
    percent: t.exposeInt("percent", { description: "100 for exact; else trigram similarity, 30–99." }),
    kind: t.field({ type: MemoryMatchKindEnum, resolve: (m) => m.kind }),
    sourceText: t.exposeString("sourceText", { description: "The remembered source text." }),
    target: t.field({
      type: "BlockJSON",
      description: "The published target block, marks and links included: insert it in place of the block.",
      resolve: (m) => m.target,
    }),
    articleId: t.id({ nullable: true, resolve: (m) => m.articleId }),
  }),
});

builder.queryFields((t) => ({
  translationMemory: t.field({
    type: [MemoryMatchRef],
    description:
      "Desk (signed in): the best translation-memory matches for one block of the source this translation follows, best first. Empty for originals, unknown blocks, translations you may not read, or no match.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      blockIndex: t.arg.int({ required: true, description: "0-based index of the source block." }),
      first: t.arg.int({ defaultValue: 5, description: "1–20." }),
    },
    resolve: async (_root, args, context) => {
      const user = requireDeskUser(context);
      const articleId = parseArticleId(String(args.articleId));
      if (articleId === null) return [];
      const translation = await readableTranslation(context.db, user, { articleId, locale: args.locale });
      if (!translation || translation.sourceRevisionId === null) return [];
      const source = await findRevision(context.db, translation.sourceRevisionId);
      const block = source?.body[args.blockIndex];
      if (!block) return [];
      return findMemoryMatches(
        context.db,
        { sourceLocale: translation.originalLocale, targetLocale: translation.locale },
        blockText(block),
        args.first ?? 5,
      );
    },
  }),
}));
