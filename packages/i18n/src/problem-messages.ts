import type { ValidationError } from "@sahifa/domain/block-validation";
import type { GlossaryIssue } from "@sahifa/domain/glossary";
import type { Locale } from "@sahifa/domain/locales";
import type { UntranslatedBlock } from "@sahifa/domain/untranslated";
import type { i18n, TFunction } from "i18next";
import { createI18n } from "./create-i18n.ts";
import {
  validationKey,
  wordBlockType,
  wordFieldLabel,
  wordProblem,
  wordProblemInBlock,
} from "./problem-wording.ts";

/**
 * Words the API's refusals (validation problems, untranslated blocks,
 * conflicts) in a locale, from the "problems" namespace. The API answers codes
 * and parameters too, so a client may word them itself; these are the
 * messages it sends for clients that show them as they are.
 */

const instances = new Map<Locale, i18n>();

/** One read-only instance per locale: resources are bundled and never change at run time. */
function instance(locale: Locale): i18n {
  let found = instances.get(locale);
  if (!found) {
    found = createI18n(locale, ["problems"]);
    instances.set(locale, found);
  }
  return found;
}

function translator(locale: Locale): TFunction {
  return instance(locale).t;
}

// biome-ignore lint/suspicious/noExplicitAny: keys are built from codes at run time; the resources test checks every code has one.
type LooseT = (key: string, options?: Record<string, unknown>) => any;
function t(locale: Locale): LooseT {
  return translator(locale) as unknown as LooseT;
}

export { validationKey };

/** The label of the field a problem names: "content[1].href" → the link; unknown fields get a generic label. */
export function fieldLabel(locale: Locale, field: string): string {
  return wordFieldLabel(instance(locale), field);
}

/** One problem in `locale`, without the block it is in. */
export function describeProblem(locale: Locale, problem: ValidationError): string {
  return wordProblem(instance(locale), problem);
}

/** One problem in `locale`, prefixed with its block ("Block 3 (paragraph): …") when it is in one. */
export function describeProblemInBlock(locale: Locale, problem: ValidationError): string {
  return wordProblemInBlock(instance(locale), problem);
}

/** The first problem and how many more there are: the one-line message of a refused input. */
export function summarizeProblems(locale: Locale, problems: readonly ValidationError[]): string {
  const [first] = problems;
  if (!first) return t(locale)("problems:validation.invalid", { field: fieldLabel(locale, ""), detail: "" });
  const text = describeProblemInBlock(locale, first);
  if (problems.length === 1) return text;
  return t(locale)("problems:moreProblems", { problem: text, count: problems.length - 1 });
}

/** Why one block counts as untranslated, in `locale`, for a translation into `targetLocale`. */
export function describeUntranslatedBlock(
  locale: Locale,
  block: UntranslatedBlock,
  targetLocale: Locale,
): string {
  const options = {
    position: block.blockIndex + 1,
    type: wordBlockType(instance(locale), block.blockType),
    language: t(locale)(`problems:languages.${targetLocale}`),
  };
  return block.reason === "same_as_source"
    ? t(locale)("problems:untranslated.sameAsSource", options)
    : t(locale)("problems:untranslated.wrongScript", options);
}

export function summarizeUntranslated(locale: Locale, blocks: readonly UntranslatedBlock[]): string {
  return t(locale)("problems:untranslated.summary", { count: blocks.length });
}

export function describeConflict(locale: Locale, headRevisionId: number): string {
  return t(locale)("problems:conflict", { head: headRevisionId });
}

/** One glossary warning on a block, in `locale`. */
export function describeGlossaryIssue(locale: Locale, issue: GlossaryIssue): string {
  const options = {
    position: issue.blockIndex + 1,
    source: issue.source,
    approved: issue.approved,
    found: issue.found ?? "",
  };
  return issue.kind === "forbidden_variant"
    ? t(locale)("problems:glossary.forbiddenVariant", options)
    : t(locale)("problems:glossary.missingApproved", options);
}

/** The message of a refused submit or publish: untranslated blocks first, else glossary warnings. */
export function summarizeTextChecks(
  locale: Locale,
  blocks: readonly UntranslatedBlock[],
  glossaryIssues: readonly GlossaryIssue[],
): string {
  const parts: string[] = [];
  if (blocks.length > 0) parts.push(summarizeUntranslated(locale, blocks));
  if (glossaryIssues.length > 0) {
    parts.push(t(locale)("problems:glossary.summary", { count: glossaryIssues.length }));
  }
  return parts.join(" ");
}

export const GLOSSARY_FILE_CODES = [
  "tooLarge",
  "malformed",
  "malformedAt",
  "doctype",
  "notTbx",
  "noLanguage",
  "csvMalformed",
  "csvMalformedAt",
  "csvColumns",
  "empty",
  "tooManyRows",
] as const;
export type GlossaryFileCode = (typeof GLOSSARY_FILE_CODES)[number];

/** Why a glossary file was refused as a whole, in `locale`. */
export function describeGlossaryFileProblem(
  locale: Locale,
  code: GlossaryFileCode,
  params: { max?: number; language?: Locale; line?: number; column?: number } = {},
): string {
  const language = params.language ? t(locale)(`problems:languages.${params.language}`) : "";
  return t(locale)(`problems:glossaryFile.${code}`, { ...params, language });
}

export const REFUSAL_CODES = {
  UNAUTHENTICATED: "unauthenticated",
  SESSION_EXPIRED: "sessionExpired",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  INVALID_TRANSITION: "invalidTransition",
} as const;
export type RefusalCode = keyof typeof REFUSAL_CODES;

/** A refusal that is not about the input (rights, a missing target, the workflow), in `locale`. */
export function describeRefusal(locale: Locale, code: RefusalCode): string {
  return t(locale)(`problems:refusals.${REFUSAL_CODES[code]}`);
}
