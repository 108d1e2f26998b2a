import type { Conflict, Invalid, NotAllowed, NotFound, Untranslated } from "@sahifa/db/desk/desk-results";
import type { ValidationError as Problem } from "@sahifa/domain/block-validation";
import type { Locale } from "@sahifa/domain/locales";
import { UNTRANSLATED_REASONS, type UntranslatedBlock } from "@sahifa/domain/untranslated";
import {
  describeConflict,
  describeProblemInBlock,
  describeRefusal,
  describeUntranslatedBlock,
  type RefusalCode,
  summarizeProblems,
  summarizeTextChecks,
} from "@sahifa/i18n/problem-messages";
import { builder } from "../../builder.ts";
import { RevisionRef } from "./revision-types.schema.ts";

/**
 * Errors a desk client can act on are results, not thrown errors: each
 * mutation answers a union of its success type and the errors below, every
 * error with a stable `code` and a message that says what to do.
 */

/** Not signed in, a stale session, or a role/locale that may not do this. */
export interface Forbidden {
  kind: "forbidden";
  code: "UNAUTHENTICATED" | "SESSION_EXPIRED" | "FORBIDDEN";
  message: string;
}

/** Untranslated blocks, with the edition they were checked for (so reasons can name its language). */
export interface UntranslatedText extends Untranslated {
  locale: Locale;
}

export type DeskErrorValue = Forbidden | NotFound | Invalid | NotAllowed | Conflict | UntranslatedText;

function codeOf(error: DeskErrorValue): string {
  switch (error.kind) {
    case "forbidden":
      return error.code;
    case "not_found":
      return "NOT_FOUND";
    case "invalid":
      return "INVALID";
    case "not_allowed":
      return "INVALID_TRANSITION";
    case "conflict":
      return "CONFLICT";
    case "untranslated":
      // Glossary warnings alone are a text check of their own kind for clients.
      return error.blocks.length === 0 && error.glossaryIssues.length > 0 ? "GLOSSARY" : "UNTRANSLATED";
  }
}

/** Refusals the client can act on are worded in the request's language (Accept-Language). */
function messageOf(error: DeskErrorValue, locale: Locale): string {
  switch (error.kind) {
    case "invalid":
      return summarizeProblems(locale, error.errors);
    case "conflict":
      return describeConflict(locale, error.head.id);
    case "untranslated":
      return summarizeTextChecks(locale, error.blocks, error.glossaryIssues);
    default:
      // English keeps the specific wording (which action, which edition); other languages get the code's.
      return locale === "en" ? error.message : describeRefusal(locale, codeOf(error) as RefusalCode);
  }
}

export const DeskErrorRef = builder.interfaceRef<DeskErrorValue>("DeskError");
builder.interfaceType(DeskErrorRef, {
  description: "A refused desk operation. Nothing was written.",
  fields: (t) => ({
    code: t.string({
      description:
        "UNAUTHENTICATED, SESSION_EXPIRED, FORBIDDEN, NOT_FOUND, INVALID, INVALID_TRANSITION, CONFLICT, UNTRANSLATED or GLOSSARY (glossary warnings only).",
      resolve: codeOf,
    }),
    message: t.string({
      description:
        "What went wrong and what to do, in the request's language (Accept-Language: en, ar or es). English names the action and edition; Arabic and Spanish word FORBIDDEN, NOT_FOUND, INVALID_TRANSITION and the session codes by their code.",
      resolve: (error, _args, context) => messageOf(error, context.locale),
    }),
  }),
});

export const ForbiddenRef = builder.objectRef<Forbidden>("Forbidden");
builder.objectType(ForbiddenRef, {
  description:
    "UNAUTHENTICATED: sign in. SESSION_EXPIRED: the session ended (idle or too old); sign in again. FORBIDDEN: your role or locales do not allow this.",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "forbidden",
});

export const NotFoundRef = builder.objectRef<NotFound>("NotFound");
builder.objectType(NotFoundRef, {
  description: "The article, translation or revision named does not exist.",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "not_found",
});

const ProblemParamRef = builder.objectRef<[string, string | number]>("ProblemParam");
builder.objectType(ProblemParamRef, {
  description: "A value the wording of a problem needs (max, min, suggestion, name, value, allowed…).",
  fields: (t) => ({
    name: t.string({ resolve: ([name]) => name }),
    value: t.string({ resolve: ([, value]) => String(value) }),
  }),
});

export const ValidationProblemRef = builder.objectRef<Problem>("ValidationProblem");
builder.objectType(ValidationProblemRef, {
  description: "One refused field; body problems name the block.",
  fields: (t) => ({
    code: t.string({
      description:
        "What is wrong, for clients to word themselves: required, wrong_type, too_long, too_many, too_few, out_of_range, not_whole_number, not_positive, control_characters, empty, duplicate, unknown_field, unknown_block_type, missing_block_type, not_allowed_value, slug_invalid, slug_taken, url_* (empty, too_long, forbidden_character, protocol_relative, scheme, malformed, credentials), xliff_* (a refused XLIFF file: too_large, malformed, malformed_at, doctype, not_xliff, version, language, no_origin, unknown_element, link_lost, unknown_code, no_source, many_files, other_article, other_pair, other_source, units_mismatch, no_items, mixed_pairs) or invalid.",
      resolve: (problem) => problem.code ?? "invalid",
    }),
    params: t.field({
      type: [ProblemParamRef],
      description: "The values the wording needs (e.g. max for too_long, suggestion for slug_invalid).",
      resolve: (problem) => Object.entries(problem.params ?? {}),
    }),
    suggestion: t.string({
      nullable: true,
      description: "For a refused slug: a valid slug close to it (accents dropped, spaces hyphenated).",
      resolve: (problem) => {
        const suggestion = problem.params?.suggestion;
        return suggestion === undefined ? null : String(suggestion);
      },
    }),
    field: t.exposeString("field", {
      description:
        'The input field ("title", "slug", "sectionPath"…), or the path inside the block ("content[1].href").',
    }),
    blockIndex: t.exposeInt("blockIndex", {
      nullable: true,
      description: "0-based index of the body block.",
    }),
    blockType: t.exposeString("blockType", { nullable: true }),
    message: t.string({
      description: "The problem worded in the request's language (Accept-Language), naming the block if any.",
      resolve: (problem, _args, context) => describeProblemInBlock(context.locale, problem),
    }),
  }),
});

export const ValidationErrorRef = builder.objectRef<Invalid>("ValidationError");
builder.objectType(ValidationErrorRef, {
  description: "The input was refused; `problems` lists each field (and body block) and why.",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "invalid",
  fields: (t) => ({
    problems: t.field({ type: [ValidationProblemRef], resolve: (error) => error.errors }),
  }),
});

export const InvalidTransitionRef = builder.objectRef<NotAllowed>("InvalidTransition");
builder.objectType(InvalidTransitionRef, {
  description:
    "The workflow does not allow this from the translation's current status (e.g. editing an archived one).",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "not_allowed",
});

export const ConflictRef = builder.objectRef<Conflict>("Conflict");
builder.objectType(ConflictRef, {
  description:
    "The head moved since the revision the save was based on. Nothing was saved. `head` is the current head: show both versions, merge, and save again based on head.id.",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "conflict",
  fields: (t) => ({
    head: t.field({ type: RevisionRef, resolve: (conflict) => conflict.head }),
  }),
});

const UntranslatedReasonEnum = builder.enumType("UntranslatedReason", {
  description:
    "same_as_source: the block's text equals a block of the original. wrong_script: the block is mostly written in another script than the edition's (names and short labels pass).",
  values: UNTRANSLATED_REASONS,
});

/** A flagged block and the edition it was checked for. */
export interface UntranslatedBlockValue extends UntranslatedBlock {
  locale: Locale;
}

export const UntranslatedBlockRef = builder.objectRef<UntranslatedBlockValue>("UntranslatedBlock");
builder.objectType(UntranslatedBlockRef, {
  description: "A block of a translation that is still the original's text.",
  fields: (t) => ({
    blockIndex: t.exposeInt("blockIndex", { description: "0-based index of the body block." }),
    blockType: t.exposeString("blockType"),
    reason: t.field({ type: UntranslatedReasonEnum, resolve: (block) => block.reason }),
    message: t.string({
      description: "The reason worded in the request's language (Accept-Language).",
      resolve: (block, _args, context) => describeUntranslatedBlock(context.locale, block, block.locale),
    }),
  }),
});

export const UntranslatedTextRef = builder.objectRef<UntranslatedText>("UntranslatedText");
builder.objectType(UntranslatedTextRef, {
  description:
    "Submit or publish refused: blocks of the head revision are still the original's text, or glossary warnings (glossaryIssues) stand. Nothing changed. Fix them, or repeat the action with `overrideNote` saying why they may go through (the history keeps it).",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "untranslated",
  fields: (t) => ({
    revisionId: t.id({ description: "The head revision that was checked.", resolve: (e) => e.revisionId }),
    blocks: t.field({
      type: [UntranslatedBlockRef],
      resolve: (e) => e.blocks.map((block) => ({ ...block, locale: e.locale })),
    }),
  }),
});
