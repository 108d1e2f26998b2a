import { normalizeForSearch } from "@sahifa/domain/arabic";
import type { Locale } from "@sahifa/domain/locales";

/**
 * The search form of a text together with, for every character of it, the
 * range of the original text it came from. Search matches and highlights on
 * the normalised form (so that "مدرسة" and "مَدْرَسَةٌ" meet), but readers must see
 * the text as written, with its diacritics and accents: the offsets carry a
 * highlight found in the normalised text back to the original.
 */
export interface NormalizedText {
  /** Exactly `normalizeForSearch(original, locale)`. */
  text: string;
  /** For each UTF-16 unit of `text`, where its source starts in the original. */
  starts: number[];
  /** For each UTF-16 unit of `text`, where its source ends in the original. */
  ends: number[];
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const CHUNKS = /\S+/gu;
/** Marks, tatweel and Arabic presentation forms: what can make a word's normalisation shift positions. */
const SHIFTING = /[\p{M}\u0640\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/**
 * A word's normalised form and, when it is not character for character,
 * where each of its characters comes from (relative to the word). Memoised
 * per locale: texts repeat their words, and segmenting graphemes is the
 * costly part.
 */
interface WordForm {
  piece: string;
  /** null: the piece maps character for character onto the word. */
  starts: number[] | null;
  ends: number[] | null;
}
const memo = new Map<string, WordForm | null>();
const MEMO_LIMIT = 50_000;

function wordForm(word: string, locale: Locale): WordForm | null {
  const key = `${locale}\u0000${word}`;
  let form = memo.get(key);
  if (form === undefined) {
    form = computeWordForm(word, locale);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, form);
  }
  return form;
}

function computeWordForm(word: string, locale: Locale): WordForm | null {
  const piece = normalizeForSearch(word, locale);
  if (piece.length === word.length && !SHIFTING.test(word)) return { piece, starts: null, ends: null };
  const starts: number[] = [];
  const ends: number[] = [];
  let mapped = "";
  for (const { segment, index } of graphemes.segment(word)) {
    const part = normalizeForSearch(segment, locale);
    for (let i = 0; i < part.length; i++) {
      starts.push(index);
      ends.push(index + segment.length);
    }
    mapped += part;
  }
  // Some rule of normalizeForSearch spans graphemes: this word cannot be mapped.
  return mapped === piece ? { piece, starts, ends } : null;
}

/**
 * Normalises word by word (normalizeForSearch collapses whitespace to one
 * space, so words are independent) and maps every character back (see
 * computeWordForm). The result is checked against the normalisation of the
 * whole text: if some rule depends on context, this returns null and the
 * caller shows text without highlights rather than highlighting the wrong words.
 */
export function normalizeWithOffsets(original: string, locale: Locale): NormalizedText | null {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let previousEnd = 0;
  for (const match of original.matchAll(CHUNKS)) {
    const word = match[0];
    const index = match.index;
    const form = wordForm(word, locale);
    if (form === null) return null;
    if (form.piece === "") continue;
    if (text !== "") {
      text += " ";
      starts.push(previousEnd);
      ends.push(index);
    }
    for (let i = 0; i < form.piece.length; i++) {
      starts.push(index + (form.starts ? form.starts[i]! : i));
      ends.push(index + (form.ends ? form.ends[i]! : i + 1));
    }
    text += form.piece;
    previousEnd = index + word.length;
  }
  return text === normalizeForSearch(original, locale) ? { text, starts, ends } : null;
}
