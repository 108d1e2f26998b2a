import type { ValidationCode, ValidationError } from "@sahifa/domain/block-validation";
import type { i18n } from "i18next";

/**
 * Words one validation problem with an i18next instance that holds the "problems"
 * namespace: the API's on the server, the desk's in the browser (which receives the
 * namespace as page data), so both say the same thing from one rule.
 */

// biome-ignore lint/suspicious/noExplicitAny: keys are built from codes at run time; the resources test checks every code has one.
type LooseT = (key: string, options?: Record<string, unknown>) => any;

function looseT(instance: i18n): LooseT {
  return instance.t as unknown as LooseT;
}

/** "too_long" → "tooLong": resource keys are camelCase so no key ends in a plural suffix ("_many"). */
export function validationKey(code: ValidationCode): string {
  return code.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

const COUNTED: ReadonlySet<ValidationCode> = new Set(["too_long", "too_many", "too_few"]);

/** The label of the field a problem names: "content[1].href" → the link; unknown fields get a generic label. */
export function wordFieldLabel(instance: i18n, field: string): string {
  const last =
    field
      .replace(/\[\d+\]/g, "")
      .split(".")
      .filter(Boolean)
      .at(-1) ?? "";
  const key = last !== "" && instance.exists(`problems:fields.${last}`) ? last : "other";
  return looseT(instance)(`problems:fields.${key}`);
}

export function wordBlockType(instance: i18n, type: string | null): string {
  const key = type && instance.exists(`problems:blockTypes.${type}`) ? type : "other";
  return looseT(instance)(`problems:blockTypes.${key}`);
}

/** One problem in the instance's language, without the block it is in. */
export function wordProblem(instance: i18n, problem: ValidationError): string {
  // Problems without a code (checks outside the content schema) carry their English wording only.
  if (problem.code === undefined && instance.language === "en") return problem.message;
  const code = problem.code ?? "invalid";
  const params = problem.params ?? {};
  const options: Record<string, unknown> = {
    ...params,
    field: wordFieldLabel(instance, problem.field),
    detail: problem.message,
  };
  if (COUNTED.has(code)) options.count = Number(params.max ?? params.min ?? 0);
  return looseT(instance)(`problems:validation.${validationKey(code)}`, options);
}

/** One problem, prefixed with its block ("Block 3 (paragraph): …") when it is in one. */
export function wordProblemInBlock(instance: i18n, problem: ValidationError): string {
  const text = wordProblem(instance, problem);
  if (problem.blockIndex === null) return text;
  return looseT(instance)("problems:inBlock", {
    position: problem.blockIndex + 1,
    type: wordBlockType(instance, problem.blockType),
    problem: text,
  });
}
