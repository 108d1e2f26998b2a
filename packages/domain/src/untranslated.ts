import { type BlockType, type BodyBlock, blockText } from "./blocks.ts";
import { LOCALE_CONFIG, type Locale } from "./locales.ts";

/**
 * Finds the blocks of a translation that are still the source's text: a block
 * whose text equals a source block's, or whose letters are mostly in another
 * script than the edition's (English left in an Arabic translation, Arabic in an
 * English one). Names, numbers and short labels pass: a block is flagged only
 * when it holds a few words of prose (see MIN_WORDS), so "Reuters" or "Gaza"
 * kept as they are never block a submit.
 */

export const UNTRANSLATED_REASONS = ["same_as_source", "wrong_script"] as const;
export type UntranslatedReason = (typeof UNTRANSLATED_REASONS)[number];

export interface UntranslatedBlock {
  blockIndex: number;
  blockType: BlockType;
  reason: UntranslatedReason;
}

/** Fewer words than this are treated as a name, a figure or a label that may stay as written. */
const MIN_WORDS = 4;

const SCRIPT_PATTERNS = {
  Latn: /\p{Script=Latin}/u,
  Arab: /\p{Script=Arabic}/u,
} as const;

/** The comparable form of a block's text: NFC, whitespace collapsed, trimmed. */
function comparable(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
}

interface ScriptCount {
  letters: number;
  words: number;
}

function countScript(text: string, script: keyof typeof SCRIPT_PATTERNS): ScriptCount {
  const pattern = SCRIPT_PATTERNS[script];
  let letters = 0;
  for (const char of text) if (/\p{L}/u.test(char) && pattern.test(char)) letters += 1;
  const inScript = words(text).filter((word) => pattern.test(word)).length;
  return { letters, words: inScript };
}

/** The script of the edition's language, and the other scripts that count as "not translated". */
function otherScripts(locale: Locale): Array<keyof typeof SCRIPT_PATTERNS> {
  const own = LOCALE_CONFIG[locale].script;
  return (Object.keys(SCRIPT_PATTERNS) as Array<keyof typeof SCRIPT_PATTERNS>).filter((s) => s !== own);
}

/** Whether `text` is mostly written in a script that is not `locale`'s (and long enough to be prose). */
export function isInWrongScript(text: string, locale: Locale): boolean {
  const own = countScript(text, LOCALE_CONFIG[locale].script);
  return otherScripts(locale).some((script) => {
    const other = countScript(text, script);
    return other.words >= MIN_WORDS && other.letters > own.letters;
  });
}

/**
 * The blocks of `target` (an edition in `targetLocale`) that are not translated
 * from `source`, in block order, each with the first reason that applies.
 */
export function findUntranslatedBlocks(
  source: readonly BodyBlock[],
  target: readonly BodyBlock[],
  targetLocale: Locale,
): UntranslatedBlock[] {
  const sourceTexts = new Set(
    source.map((block) => comparable(blockText(block))).filter((text) => words(text).length >= MIN_WORDS),
  );
  const found: UntranslatedBlock[] = [];
  target.forEach((block, blockIndex) => {
    const text = comparable(blockText(block));
    if (text === "") return;
    if (sourceTexts.has(text)) {
      found.push({ blockIndex, blockType: block.type, reason: "same_as_source" });
    } else if (isInWrongScript(text, targetLocale)) {
      found.push({ blockIndex, blockType: block.type, reason: "wrong_script" });
    }
  });
  return found;
}
