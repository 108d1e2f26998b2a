import type { Locale } from "@sahifa/domain/locales";
import type { GlossaryFileCode } from "@sahifa/i18n/problem-messages";

/** Largest glossary file an import reads: it travels in a GraphQL request, whose body the API caps at 1 MB. */
export const MAX_GLOSSARY_FILE_BYTES = 900 * 1024;
/** Most rows one file may bring (a pair holds at most MAX_GLOSSARY_TERMS). */
export const MAX_GLOSSARY_FILE_ROWS = 5000;

/** A glossary file refused as a whole: nothing of it is stored. */
export interface GlossaryFileRefused {
  kind: "glossary_file_refused";
  code: GlossaryFileCode;
  /** The limit, the language or where the parser stopped: what the wording needs, in any language. */
  params: { max?: number; language?: Locale; line?: number; column?: number };
}

export function refused(
  code: GlossaryFileCode,
  params: GlossaryFileRefused["params"] = {},
): GlossaryFileRefused {
  return { kind: "glossary_file_refused", code, params };
}

/** The checks every format shares before it is parsed. */
export function refuseOversized(text: string): GlossaryFileRefused | null {
  if (Buffer.byteLength(text, "utf8") > MAX_GLOSSARY_FILE_BYTES) {
    return refused("tooLarge", { max: MAX_GLOSSARY_FILE_BYTES / 1024 });
  }
  return null;
}
