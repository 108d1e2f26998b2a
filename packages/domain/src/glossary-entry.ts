import { hasForbiddenCharacter, type ValidationCode, type ValidationError } from "./block-validation.ts";
import { GLOSSARY_LIMITS, GLOSSARY_TERM_KINDS, type GlossaryTermKind, termForms } from "./glossary.ts";
import type { Locale } from "./locales.ts";

/**
 * Checks one glossary entry as an editor types it or an import row brings it: the same
 * rules for the desk form, the API and CSV/TBX rows, each problem with a code the desk
 * words in its language.
 */

export interface GlossaryEntryInput {
  kind?: string | null | undefined;
  source: string;
  approved: string;
  forbidden?: readonly string[] | null | undefined;
  note?: string | null | undefined;
}

export interface GlossaryEntry {
  kind: GlossaryTermKind;
  source: string;
  approved: string;
  forbidden: string[];
  note: string | null;
  /** The source term's search form: one entry per form and language pair. */
  sourceKey: string;
}

export type GlossaryEntryResult =
  | { ok: true; entry: GlossaryEntry }
  | { ok: false; errors: ValidationError[] };

function problem(
  field: string,
  code: ValidationCode,
  message: string,
  params: Record<string, string | number> = {},
): ValidationError {
  return { blockIndex: null, blockType: null, field, code, message, params };
}

function checkText(field: string, value: string, errors: ValidationError[], required: boolean): void {
  if (required && value === "") errors.push(problem(field, "required", `${field} is required.`));
  else if (value.length > GLOSSARY_LIMITS.termLength) {
    errors.push(
      problem(field, "too_long", `${field} is longer than ${GLOSSARY_LIMITS.termLength} characters.`, {
        max: GLOSSARY_LIMITS.termLength,
      }),
    );
  } else if (hasForbiddenCharacter(value)) {
    errors.push(problem(field, "control_characters", `${field} contains control characters; remove them.`));
  }
}

/** Whitespace runs collapsed and trimmed: how every part of an entry is kept. */
function tidy(value: string | null | undefined): string {
  return (value ?? "").normalize("NFC").replace(/\s+/gu, " ").trim();
}

export function validateGlossaryEntry(
  input: GlossaryEntryInput,
  pair: { sourceLocale: Locale; targetLocale: Locale },
): GlossaryEntryResult {
  const errors: ValidationError[] = [];
  const kind = tidy(input.kind) || "other";
  const source = tidy(input.source);
  const approved = tidy(input.approved);
  const note = tidy(input.note);
  const forbidden = (input.forbidden ?? []).map(tidy).filter((variant) => variant !== "");
  if (!(GLOSSARY_TERM_KINDS as readonly string[]).includes(kind)) {
    errors.push(
      problem("kind", "not_allowed_value", `The kind must be one of ${GLOSSARY_TERM_KINDS.join(", ")}.`, {
        value: kind,
        allowed: GLOSSARY_TERM_KINDS.join(", "),
      }),
    );
  }
  checkText("source", source, errors, true);
  checkText("approved", approved, errors, true);
  if (source !== "" && termForms(source, pair.sourceLocale).length === 0) {
    errors.push(problem("source", "empty", "The term has no word to match (letters or digits)."));
  }
  if (approved !== "" && termForms(approved, pair.targetLocale).length === 0) {
    errors.push(problem("approved", "empty", "The translation has no word to match (letters or digits)."));
  }
  if (forbidden.length > GLOSSARY_LIMITS.forbiddenCount) {
    errors.push(
      problem("forbidden", "too_many", `More than ${GLOSSARY_LIMITS.forbiddenCount} forbidden variants.`, {
        max: GLOSSARY_LIMITS.forbiddenCount,
      }),
    );
  }
  for (const variant of forbidden) checkText("forbidden", variant, errors, false);
  const approvedKey = termForms(approved, pair.targetLocale).join(" ");
  const variantKeys = forbidden.map((variant) => termForms(variant, pair.targetLocale).join(" "));
  if (variantKeys.includes(approvedKey) || new Set(variantKeys).size !== variantKeys.length) {
    errors.push(
      problem(
        "forbidden",
        "duplicate",
        "A forbidden variant repeats another one or the approved translation.",
      ),
    );
  }
  if (note.length > GLOSSARY_LIMITS.noteLength) {
    errors.push(
      problem("note", "too_long", `The note is longer than ${GLOSSARY_LIMITS.noteLength} characters.`, {
        max: GLOSSARY_LIMITS.noteLength,
      }),
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    entry: {
      kind: kind as GlossaryTermKind,
      source,
      approved,
      forbidden,
      note: note === "" ? null : note,
      sourceKey: termForms(source, pair.sourceLocale).join(" "),
    },
  };
}
