import type { ValidationCode, ValidationError } from "@sahifa/domain/block-validation";
import type { GlossaryIssue } from "@sahifa/domain/glossary";
import type { Locale } from "@sahifa/domain/locales";
import type { UntranslatedBlock } from "@sahifa/domain/untranslated";
import type { i18n, TFunction } from "i18next";
import { createI18n } from "./create-i18n.ts";
import { problems as englishProblems } from "./resources/en/problems.ts";

/**
 * Words the API's refusals (validation problems, untranslated blocks,
 * conflicts) in a locale, from the "problems" namespace. The API answers codes
 * and parameters too, so a client may word them itself; these are the
 * messages it sends for clients that show them as they are.
 */

const instances = new Map<Locale, i18n>();

/** One read-only instance per locale: resources are bundled and never change at run time. */
function translator(locale: Locale): TFunction {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createI18n(locale, ["problems"]);
    instances.set(locale, instance);
  }
  return instance.t;
}

// biome-ignore lint/suspicious/noExplicitAny: keys are built from codes at run time; the resources test checks every code has one.
type LooseT = (key: string, options?: Record<string, unknown>) => any;
function t(locale: Locale): LooseT {
  return translator(locale) as unknown as LooseT;
}

/** "too_long" → "tooLong": resource keys are camelCase so no key ends in a plural suffix ("_many"). */
export function validationKey(code: ValidationCode): string {
  return code.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

const COUNTED: ReadonlySet<ValidationCode> = new Set(["too_long", "too_many", "too_few"]);

/** The label of the field a problem names: "content[1].href" → the link; unknown fields get a generic label. */
export function fieldLabel(locale: Locale, field: string): string {
  const last =
    field
      .replace(/\[\d+\]/g, "")
      .split(".")
      .filter(Boolean)
      .at(-1) ?? "";
  const key = last in englishProblems.fields ? last : "other";
  return t(locale)(`problems:fields.${key}`);
}

function blockTypeLabel(locale: Locale, type: string | null): string {
  const key = type && type in englishProblems.blockTypes ? type : "other";
  return t(locale)(`problems:blockTypes.${key}`);
}

/** One problem in `locale`, without the block it is in. */
export function describeProblem(locale: Locale, problem: ValidationError): string {
  // Problems without a code (checks outside the content schema) carry their English wording only.
  if (problem.code === undefined && locale === "en") return problem.message;
  const code = problem.code ?? "invalid";
  const params = problem.params ?? {};
  const options: Record<string, unknown> = {
    ...params,
    field: fieldLabel(locale, problem.field),
    detail: problem.message,
  };
  if (COUNTED.has(code)) options.count = Number(params.max ?? params.min ?? 0);
  return t(locale)(`problems:validation.${validationKey(code)}`, options);
}

/** One problem in `locale`, prefixed with its block ("Block 3 (paragraph): …") when it is in one. */
export function describeProblemInBlock(locale: Locale, problem: ValidationError): string {
  const text = describeProblem(locale, problem);
  if (problem.blockIndex === null) return text;
  return t(locale)("problems:inBlock", {
    position: problem.blockIndex + 1,
    type: blockTypeLabel(locale, problem.blockType),
    problem: text,
  });
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
    type: blockTypeLabel(locale, block.blockType),
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
  "doctype",
  "notTbx",
  "noLanguage",
  "csvMalformed",
  "csvColumns",
  "empty",
  "tooManyRows",
] as const;
export type GlossaryFileCode = (typeof GLOSSARY_FILE_CODES)[number];

/** Why a glossary file was refused as a whole, in `locale`. */
export function describeGlossaryFileProblem(
  locale: Locale,
  code: GlossaryFileCode,
  params: { detail?: string; max?: number; language?: Locale } = {},
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
