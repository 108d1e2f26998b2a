import type { DeskTranslation } from "@sahifa/db/desk/desk-translations";
import { builder } from "../../builder.ts";
import type { XliffVersion } from "../../xliff/xliff-document.ts";
import type { XliffExport, XliffImported } from "../../xliff/xliff-translation.ts";
import type { UnitReport } from "../../xliff/xliff-units.ts";
import { parseArticleId } from "../article-ref.ts";
import { LocaleEnum } from "../locale.schema.ts";
import {
  ConflictRef,
  ForbiddenRef,
  InvalidTransitionRef,
  NotFoundRef,
  ValidationErrorRef,
} from "./desk-errors.schema.ts";
import { authorizeOnArticle, requireDeskUser } from "./desk-guard.ts";
import { DeskTranslationRef, readableTranslation } from "./desk-translation.schema.ts";
import { RevisionRef } from "./revision-types.schema.ts";

/** XLIFF's reader and writer (and their XML DOM) load with the first export or import, not at start. */
const xliffTranslation = () => import("../../xliff/xliff-translation.ts");

/** XLIFF over GraphQL: the file travels as text both ways (docs/architecture/073-xliff.md). */

const XliffVersionEnum = builder.enumType("XliffVersion", {
  description: "V2_1: XLIFF 2.1 (segments per sentence, <pc> codes). V1_2: for older CAT tools (<g> codes).",
  values: { V2_1: { value: "2.1" }, V1_2: { value: "1.2" } } as const,
});

const XliffFileInfoRef = builder.objectRef<XliffExport["files"][number]>("XliffFileInfo");
builder.objectType(XliffFileInfoRef, {
  fields: (t) => ({
    articleId: t.id({ resolve: (f) => f.articleId }),
    locale: t.field({ type: LocaleEnum, resolve: (f) => f.targetLocale }),
    sourceRevisionId: t.id({
      description: "The original's revision the file's source text comes from.",
      resolve: (f) => f.sourceRevisionId,
    }),
    baseRevisionId: t.id({
      description:
        "The translation's head when the file was made; an import saves over it (or answers Conflict).",
      resolve: (f) => f.baseRevisionId,
    }),
  }),
});

const XliffExportRef = builder.objectRef<XliffExport>("XliffExport");
builder.objectType(XliffExportRef, {
  fields: (t) => ({
    fileName: t.exposeString("fileName"),
    content: t.exposeString("content", { description: "The XLIFF document (UTF-8 XML)." }),
    files: t.field({ type: [XliffFileInfoRef], resolve: (e) => e.files }),
  }),
});

const UnitOutcomeEnum = builder.enumType("XliffUnitOutcome", {
  description:
    "taken: every segment had a target. partial: some segments had none and kept their source text. empty: no target; the text stayed as it was.",
  values: ["taken", "partial", "empty"] as const,
});

const UnitReportRef = builder.objectRef<UnitReport>("XliffUnitReport");
builder.objectType(UnitReportRef, {
  fields: (t) => ({
    unitId: t.exposeString("unitId", {
      description:
        "title, summary, seoTitle, seoDescription, or b<block index>[.attribution|.item<n>|.caption[<n>]|.title].",
    }),
    outcome: t.field({ type: UnitOutcomeEnum, resolve: (r) => r.outcome }),
  }),
});

const XliffImportedRef = builder.objectRef<XliffImported>("XliffImported");
builder.objectType(XliffImportedRef, {
  description:
    "The file was taken: saved as a new head revision, or nothing to save when it changed nothing.",
  isTypeOf: (value) => (value as { kind?: string }).kind === "xliff_imported",
  fields: (t) => ({
    translation: t.field({ type: DeskTranslationRef, resolve: (r) => r.translation }),
    revision: t.field({
      type: RevisionRef,
      nullable: true,
      description: "The new head; null when the file changed nothing (no revision was saved).",
      resolve: (r) => r.revision,
    }),
    outdated: t.exposeBoolean("outdated", {
      description:
        "The file was made from an older revision of the original than the published one: saved as a draft revision that shows as outdated (see sourceChanges); never applied silently.",
    }),
    units: t.field({ type: [UnitReportRef], resolve: (r) => r.units }),
  }),
});

const ImportXliffResult = builder.unionType("ImportXliffResult", {
  types: [XliffImportedRef, ConflictRef, ValidationErrorRef, ForbiddenRef, NotFoundRef, InvalidTransitionRef],
});

const TranslationKeyInput = builder.inputType("TranslationKeyInput", {
  fields: (t) => ({
    articleId: t.id({ required: true }),
    locale: t.field({ type: LocaleEnum, required: true }),
  }),
});

const MAX_SELECTION = 50;

builder.queryFields((t) => ({
  translationsXliff: t.field({
    type: XliffExportRef,
    nullable: true,
    description: `Desk (signed in): one XLIFF document for up to ${MAX_SELECTION} translations of one language pair (a selection from the queue), one <file> each, with the current head as target. Null if any is unknown, an original, not yours to read, or the pairs differ.`,
    args: {
      items: t.arg({ type: [TranslationKeyInput], required: true }),
      version: t.arg({ type: XliffVersionEnum, defaultValue: "2.1" }),
    },
    resolve: async (_root, args, context) => {
      const user = requireDeskUser(context);
      if (args.items.length === 0 || args.items.length > MAX_SELECTION) return null;
      const translations: DeskTranslation[] = [];
      for (const item of args.items) {
        const articleId = parseArticleId(String(item.articleId));
        const translation =
          articleId === null
            ? null
            : await readableTranslation(context.db, user, { articleId, locale: item.locale });
        if (!translation) return null;
        translations.push(translation);
      }
      const { exportXliff } = await xliffTranslation();
      const result = await exportXliff(context.db, translations, (args.version ?? "2.1") as XliffVersion);
      return "kind" in result ? null : result;
    },
  }),
}));

builder.mutationFields((t) => ({
  importXliff: t.field({
    type: ImportXliffResult,
    description:
      "Imports one translation's XLIFF file (2.x or 1.2) made by translationsXliff. Checked against the article, editions and source revision; the units must be the original's, no more, no fewer. Saved through the same conflict-safe save as the editor (Conflict when the head moved since the export); a file made from an older source is saved and marked outdated; a file that changes nothing saves nothing. Malformed XML, a DOCTYPE, more than 5 MB: ValidationError, nothing stored.",
    args: {
      articleId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      content: t.arg.string({ required: true, description: "The XLIFF document as text." }),
    },
    resolve: async (_root, args, context) => {
      const articleId = parseArticleId(String(args.articleId));
      if (articleId === null) return { kind: "not_found", message: `No article ${args.articleId}.` } as const;
      const key = { articleId, locale: args.locale };
      const user = await authorizeOnArticle(context, "editDraft", key);
      if ("kind" in user) return user;
      const { importXliff } = await xliffTranslation();
      return importXliff(context.db, key, args.content, user.id);
    },
  }),
}));
