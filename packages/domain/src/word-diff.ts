import { diffWords } from "diff";
import { type BodyBlock, blockText } from "./blocks.ts";
import { LOCALE_CONFIG, type Locale } from "./locales.ts";

/**
 * Word-by-word changes inside one block, for "what changed in the source".
 * Words are found by the platform's Unicode word segmenter for the text's
 * language: jsdiff's own tokenizer knows only Latin letters and would cut
 * Arabic into single letters, separating combining marks from their base.
 */

export type WordChangeKind = "same" | "added" | "removed";

export interface WordChange {
  kind: WordChangeKind;
  text: string;
}

const segmenters = new Map<Locale, Intl.Segmenter>();

function wordSegmenter(locale: Locale): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(LOCALE_CONFIG[locale].intlTag, { granularity: "word" });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * The changes that turn `before` into `after`, in reading order: the "same" and
 * "removed" parts joined give `before`, the "same" and "added" parts give `after`
 * (up to whitespace inside a changed stretch, which a word diff does not compare).
 */
export function diffWordsIn(before: string, after: string, locale: Locale): WordChange[] {
  // NFC first, so a letter typed as base + accent equals the same letter precomposed.
  return diffWords(before.normalize("NFC"), after.normalize("NFC"), {
    intlSegmenter: wordSegmenter(locale),
  }).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/** Block types whose text a reader reads as prose, so a word diff says more than "changed". */
const WORD_DIFF_TYPES: ReadonlySet<BodyBlock["type"]> = new Set(["paragraph", "heading", "quote", "list"]);

/** Word changes between two versions of one block, or null when the blocks are not prose of one type. */
export function diffBlockWords(before: BodyBlock, after: BodyBlock, locale: Locale): WordChange[] | null {
  if (before.type !== after.type || !WORD_DIFF_TYPES.has(before.type)) return null;
  return diffWordsIn(blockText(before), blockText(after), locale);
}
