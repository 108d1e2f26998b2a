import type { Invalid, NotFound } from "@sahifa/db/desk/desk-results";
import { findDeskTranslation } from "@sahifa/db/desk/desk-translations";
import { findRevision } from "@sahifa/db/desk/revision-rows";
import type { TranslationEvent } from "@sahifa/db/desk/translation-workflow";
import {
  deleteGlossaryTerm,
  type GlossaryImported,
  type GlossarySaved,
  type GlossaryTermRow,
  importGlossaryTerms,
  listGlossary,
  type RejectedRow,
  saveGlossaryTerm,
} from "@sahifa/db/glossary";
import { glossaryIssuesOfHead } from "@sahifa/db/glossary/check";
import { bodyText } from "@sahifa/domain/blocks";
import {
  GLOSSARY_ISSUE_KINDS,
  GLOSSARY_TERM_KINDS,
  type GlossaryIssue,
  type GlossaryPair,
  termsIn,
} from "@sahifa/domain/glossary";
import type { Locale } from "@sahifa/domain/locales";
import { isLanguagePair } from "@sahifa/domain/permissions";
import {
  describeGlossaryFileProblem,
  describeGlossaryIssue,
  summarizeProblems,
} from "@sahifa/i18n/problem-messages";
import { builder } from "../../builder.ts";
import type { GlossaryFileRefused } from "../../glossary/glossary-file-problem.ts";
import { LocaleEnum } from "../locale.schema.ts";
import {
  ForbiddenRef,
  NotFoundRef,
  UntranslatedTextRef,
  ValidationErrorRef,
  ValidationProblemRef,
} from "./desk-errors.schema.ts";
import { authorize, requireDeskUser } from "./desk-guard.ts";
import { DeskTranslationRef, TranslationEventRef } from "./desk-translation.schema.ts";

/** The glossary of each language pair (docs/architecture/075-glossary.md). */

const GlossaryTermKindEnum = builder.enumType("GlossaryTermKind", { values: GLOSSARY_TERM_KINDS });
const GlossaryIssueKindEnum = builder.enumType("GlossaryIssueKind", {
  description:
    "missing_approved: the source block holds the term but its translation lacks the approved rendering. forbidden_variant: the translation uses a variant the glossary refuses.",
  values: GLOSSARY_ISSUE_KINDS,
});
const GlossaryFormatEnum = builder.enumType("GlossaryFormat", {
  description:
    "CSV: a header row with source and approved (optional kind, forbidden separated by |, note). TBX: ISO 30042 (TBX-Basic, TBX 2 or 3).",
  values: ["CSV", "TBX"] as const,
});

export const GlossaryTermRef = builder.objectRef<GlossaryTermRow>("GlossaryTerm");
builder.objectType(GlossaryTermRef, {
  description: "A term of a language pair's glossary: a name with its approved translation.",
  fields: (t) => ({
    id: t.id({ resolve: (term) => term.id }),
    sourceLocale: t.field({ type: LocaleEnum, resolve: (term) => term.sourceLocale }),
    targetLocale: t.field({ type: LocaleEnum, resolve: (term) => term.targetLocale }),
    kind: t.field({ type: GlossaryTermKindEnum, resolve: (term) => term.kind }),
    source: t.exposeString("source", { description: "The term as written in the source language." }),
    approved: t.exposeString("approved", { description: "The approved translation." }),
    forbidden: t.exposeStringList("forbidden", { description: "Variants translations must not use." }),
    note: t.exposeString("note", { nullable: true }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

/** An issue and the edition it was checked for. */
const GlossaryIssueRef = builder.objectRef<GlossaryIssue>("GlossaryIssue");
builder.objectType(GlossaryIssueRef, {
  description:
    "A translated block that misses a glossary term's approved translation or uses a forbidden variant.",
  fields: (t) => ({
    blockIndex: t.exposeInt("blockIndex", { description: "0-based index of the body block." }),
    termId: t.id({ resolve: (issue) => issue.termId }),
    kind: t.field({ type: GlossaryIssueKindEnum, resolve: (issue) => issue.kind }),
    source: t.exposeString("source"),
    approved: t.exposeString("approved"),
    found: t.exposeString("found", { nullable: true, description: "The forbidden variant found." }),
    message: t.string({
      description: "The warning worded in the request's language (Accept-Language).",
      resolve: (issue, _args, context) => describeGlossaryIssue(context.locale, issue),
    }),
  }),
});

builder.objectField(UntranslatedTextRef, "glossaryIssues", (t) =>
  t.field({
    type: [GlossaryIssueRef],
    description: "Glossary warnings on the head (the override note lets them through too).",
    resolve: (e) => e.glossaryIssues,
  }),
);

builder.objectField(TranslationEventRef, "overriddenTerms", (t) =>
  t.field({
    type: [GlossaryIssueRef],
    description: "The glossary warnings the override let through.",
    resolve: (e: TranslationEvent) => e.overriddenTerms,
  }),
);

builder.objectFields(DeskTranslationRef, (t) => ({
  glossaryIssues: t.field({
    type: [GlossaryIssueRef],
    description: "Glossary warnings on the head (the check submit and publish run); empty for originals.",
    resolve: (tr, _args, context) =>
      glossaryIssuesOfHead(context.db, { locale: tr.locale, headRevisionId: tr.headRevisionId }),
  }),
  glossaryTerms: t.field({
    type: [GlossaryTermRef],
    description:
      "The terms of the glossary (original language → this edition) that occur in the original's text the desk shows (published, else its draft); empty for originals.",
    resolve: async (tr, _args, context) => {
      if (tr.isOriginal) return [];
      const original = await findDeskTranslation(context.db, {
        articleId: tr.articleId,
        locale: tr.originalLocale,
      });
      const revision =
        original && (await findRevision(context.db, original.publishedRevisionId ?? original.headRevisionId));
      if (!revision) return [];
      const terms = await listGlossary(context.db, {
        sourceLocale: tr.originalLocale,
        targetLocale: tr.locale,
      });
      const text = [revision.title, revision.summary, bodyText(revision.body)].join("\n");
      return termsIn(text, terms, tr.originalLocale);
    },
  }),
}));

const GlossaryTermSavedRef = builder.objectRef<GlossarySaved>("GlossaryTermSaved");
builder.objectType(GlossaryTermSavedRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "glossary_saved",
  fields: (t) => ({ term: t.field({ type: GlossaryTermRef, resolve: (r) => r.term }) }),
});

const GlossaryTermDeletedRef = builder.objectRef<{ kind: "glossary_deleted"; id: number }>(
  "GlossaryTermDeleted",
);
builder.objectType(GlossaryTermDeletedRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "glossary_deleted",
  fields: (t) => ({ id: t.id({ resolve: (r) => r.id }) }),
});

const RejectedRowRef = builder.objectRef<RejectedRow>("GlossaryRejectedRow");
builder.objectType(RejectedRowRef, {
  description: "A row of an import file that was not taken, and why.",
  fields: (t) => ({
    row: t.exposeInt("row", {
      description: "CSV: the line of the file. TBX: the entry's position (from 1).",
    }),
    source: t.exposeString("source", { description: "The row's source term as the file has it." }),
    problems: t.field({ type: [ValidationProblemRef], resolve: (r) => r.errors }),
    message: t.string({
      description: "The row's problems in one line, in the request's language.",
      resolve: (r, _args, context) => summarizeProblems(context.locale, r.errors),
    }),
  }),
});

const GlossaryImportedRef = builder.objectRef<GlossaryImported>("GlossaryImported");
builder.objectType(GlossaryImportedRef, {
  description: "The file's good rows were taken (in one transaction); `rejected` lists the others.",
  isTypeOf: (value) => (value as { kind?: string }).kind === "glossary_imported",
  fields: (t) => ({
    added: t.exposeInt("added"),
    updated: t.exposeInt("updated", { description: "Rows whose term was already in the glossary." }),
    rejected: t.field({ type: [RejectedRowRef], resolve: (r) => r.rejected }),
  }),
});

const GlossaryFileRefusedRef = builder.objectRef<GlossaryFileRefused>("GlossaryFileRefused");
builder.objectType(GlossaryFileRefusedRef, {
  description: "The file was refused as a whole; nothing was stored.",
  isTypeOf: (value) => (value as { kind?: string }).kind === "glossary_file_refused",
  fields: (t) => ({
    code: t.exposeString("code", {
      description:
        "tooLarge, malformed, malformedAt (params line, column), doctype (DTDs and entities are refused), notTbx, noLanguage, csvMalformed, csvMalformedAt (param line), csvColumns, empty, tooManyRows.",
    }),
    message: t.string({
      description: "Worded in the request's language (Accept-Language).",
      resolve: (r, _args, context) => describeGlossaryFileProblem(context.locale, r.code, r.params),
    }),
  }),
});

const SaveGlossaryTermResult = builder.unionType("SaveGlossaryTermResult", {
  types: [GlossaryTermSavedRef, ValidationErrorRef, ForbiddenRef, NotFoundRef],
});
const DeleteGlossaryTermResult = builder.unionType("DeleteGlossaryTermResult", {
  types: [GlossaryTermDeletedRef, ForbiddenRef, NotFoundRef],
});
const ImportGlossaryResult = builder.unionType("ImportGlossaryResult", {
  types: [GlossaryImportedRef, GlossaryFileRefusedRef, ValidationErrorRef, ForbiddenRef],
});

const GlossaryTermInput = builder.inputType("GlossaryTermInput", {
  fields: (t) => ({
    id: t.id({ description: "The term to change; omit to add one." }),
    kind: t.field({ type: GlossaryTermKindEnum, defaultValue: "other" }),
    source: t.string({ required: true }),
    approved: t.string({ required: true }),
    forbidden: t.stringList({ defaultValue: [] }),
    note: t.string(),
  }),
});

function pairOf(sourceLocale: Locale, targetLocale: Locale): GlossaryPair | null {
  return isLanguagePair({ source: sourceLocale, target: targetLocale })
    ? { sourceLocale, targetLocale }
    : null;
}

/** A pair of one edition with itself has no glossary. */
function samePair(): Invalid {
  return {
    kind: "invalid",
    errors: [
      {
        blockIndex: null,
        blockType: null,
        field: "targetLocale",
        code: "not_allowed_value",
        message: "A glossary translates between two different editions.",
      },
    ],
  };
}

function noTerm(id: string | number): NotFound {
  return { kind: "not_found", message: `No glossary term ${id} in this language pair.` };
}

builder.queryFields((t) => ({
  glossary: t.field({
    type: [GlossaryTermRef],
    description:
      "Desk (signed in): the glossary of a language pair, alphabetically by source term; `search` narrows it by term or translation.",
    args: {
      sourceLocale: t.arg({ type: LocaleEnum, required: true }),
      targetLocale: t.arg({ type: LocaleEnum, required: true }),
      search: t.arg.string(),
      kind: t.arg({ type: GlossaryTermKindEnum }),
    },
    resolve: async (_root, args, context) => {
      requireDeskUser(context);
      const pair = pairOf(args.sourceLocale, args.targetLocale);
      if (!pair) return [];
      return listGlossary(context.db, pair, { search: args.search, kind: args.kind });
    },
  }),
}));

builder.mutationFields((t) => ({
  saveGlossaryTerm: t.field({
    type: SaveGlossaryTermResult,
    description:
      "Editors of the target edition: adds a term to a language pair's glossary, or changes one (`id`). The same source term in another spelling is refused (term_exists).",
    args: {
      sourceLocale: t.arg({ type: LocaleEnum, required: true }),
      targetLocale: t.arg({ type: LocaleEnum, required: true }),
      term: t.arg({ type: GlossaryTermInput, required: true }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "editGlossary", args.targetLocale);
      if ("kind" in user) return user;
      const pair = pairOf(args.sourceLocale, args.targetLocale);
      if (!pair) return samePair();
      const id = args.term.id == null ? null : Number(args.term.id);
      if (id !== null && !Number.isInteger(id)) return noTerm(args.term.id ?? "");
      return saveGlossaryTerm(context.db, pair, { ...args.term, id }, user.id);
    },
  }),
  deleteGlossaryTerm: t.field({
    type: DeleteGlossaryTermResult,
    args: {
      sourceLocale: t.arg({ type: LocaleEnum, required: true }),
      targetLocale: t.arg({ type: LocaleEnum, required: true }),
      id: t.arg.id({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "editGlossary", args.targetLocale);
      if ("kind" in user) return user;
      const id = Number(args.id);
      const pair = pairOf(args.sourceLocale, args.targetLocale);
      if (!pair || !Number.isInteger(id)) return noTerm(args.id);
      return deleteGlossaryTerm(context.db, pair, id);
    },
  }),
  importGlossary: t.field({
    type: ImportGlossaryResult,
    description:
      "Editors of the target edition: imports a CSV or TBX file into a language pair's glossary. Good rows are added (or update the same term); bad rows are listed with the reason and change nothing. A file that cannot be read (malformed, a DOCTYPE, too large, no terms in the pair's languages) is refused whole.",
    args: {
      sourceLocale: t.arg({ type: LocaleEnum, required: true }),
      targetLocale: t.arg({ type: LocaleEnum, required: true }),
      format: t.arg({ type: GlossaryFormatEnum, required: true }),
      content: t.arg.string({ required: true, description: "The file as text (UTF-8)." }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "editGlossary", args.targetLocale);
      if ("kind" in user) return user;
      const pair = pairOf(args.sourceLocale, args.targetLocale);
      if (!pair) return samePair();
      // The CSV and TBX readers (and their parsers) load with the first import, not at start.
      const rows =
        args.format === "CSV"
          ? (await import("../../glossary/glossary-csv.ts")).readGlossaryCsv(args.content)
          : (await import("../../glossary/glossary-tbx.ts")).readGlossaryTbx(args.content, pair);
      if (!Array.isArray(rows)) return rows;
      return importGlossaryTerms(context.db, pair, rows, user.id);
    },
  }),
}));
