import { foldForSearch, normalizeForSearch } from "@sahifa/domain/arabic";
import type { Locale } from "@sahifa/domain/locales";
import { searchWordForm, WORD_RUN } from "@sahifa/domain/search-word-forms";

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
  starts: Int32Array;
  /** For each UTF-16 unit of `text`, where its source ends in the original. */
  ends: Int32Array;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
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
  starts: Int32Array | null;
  ends: Int32Array | null;
}
const wordForms: Memo<WordForm | null> = new Map();
const WORD_LIMIT = 50_000;

function wordForm(word: string, locale: Locale): WordForm | null {
  return remembered(wordForms, WORD_LIMIT, word, locale, computeWordForm);
}

/** One map per locale, keyed by the text itself: no key is built for each of a page's words. */
type Memo<T> = Map<Locale, Map<string, T>>;

/** A per-locale memo of `compute`, each locale's emptied when it holds `limit` entries. */
function remembered<T>(
  memos: Memo<T>,
  limit: number,
  text: string,
  locale: Locale,
  compute: (text: string, locale: Locale) => T,
): T {
  let memo = memos.get(locale);
  if (memo === undefined) {
    memo = new Map();
    memos.set(locale, memo);
  }
  let value = memo.get(text);
  if (value === undefined) {
    value = compute(text, locale);
    if (memo.size >= limit) memo.clear();
    memo.set(text, value);
  }
  return value;
}

function computeWordForm(word: string, locale: Locale): WordForm | null {
  const piece = normalizeForSearch(word, locale);
  // Word forms only cut letters off a word's ends or swap one for one: same length, same places.
  if (piece.length === word.length && !SHIFTING.test(word)) {
    return { piece, starts: null, ends: null };
  }
  const offsets = new Offsets(word.length + 4);
  let mapped = "";
  for (const { segment, index } of graphemes.segment(word)) {
    const part = foldForSearch(segment, locale);
    for (let i = 0; i < part.length; i++) offsets.push(index, index + segment.length);
    mapped += part;
  }
  // The word forms are the only rules spanning graphemes; any other leaves the word unmapped.
  if (applyWordForms(mapped, offsets, locale) !== piece) return null;
  return {
    piece,
    starts: offsets.starts.slice(0, offsets.length),
    ends: offsets.ends.slice(0, offsets.length),
  };
}

/**
 * A folded piece's word forms, and for each character of the result the first and last
 * character of the piece it comes from (null when the piece is its own form). A run whose
 * index form differs from it (an article or a plural ending cut off) maps every character of the
 * form onto the whole run as written, so a highlight covers "والحكومةِ" or "ciudades" entire; a
 * function word's run leaves nothing.
 */
interface PieceForm {
  text: string;
  from: Int32Array | null;
  to: Int32Array | null;
}

const pieceForms: Memo<PieceForm> = new Map();
const PIECE_LIMIT = 50_000;

function computePieceForm(piece: string, locale: Locale): PieceForm {
  let text = "";
  let copied = 0;
  const from: number[] = [];
  const to: number[] = [];
  const keep = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      from.push(i);
      to.push(i);
    }
  };
  for (const match of piece.matchAll(WORD_RUN)) {
    const run = match[0];
    const form = searchWordForm(run, locale);
    if (form === run) continue;
    keep(copied, match.index);
    text += piece.slice(copied, match.index) + form;
    for (let i = 0; i < form.length; i++) {
      from.push(match.index);
      to.push(match.index + run.length - 1);
    }
    copied = match.index + run.length;
  }
  // Any change moves `copied` past the run it replaced.
  if (copied === 0) return { text: piece, from: null, to: null };
  keep(copied, piece.length);
  text += piece.slice(copied);
  return { text, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/**
 * searchWordForms applied to a folded piece whose characters' sources are the last
 * piece.length entries of `offsets`, which it replaces by the sources of the result's characters
 * (see PieceForm). Memoised per locale: this runs for every word of every snippet.
 */
function applyWordForms(piece: string, offsets: Offsets, locale: Locale): string {
  const form = remembered(pieceForms, PIECE_LIMIT, piece, locale, computePieceForm);
  if (form.from === null || form.to === null) return piece;
  const first = offsets.length - piece.length;
  const starts = form.from.map((i) => offsets.starts[first + i]!);
  const ends = form.to.map((i) => offsets.ends[first + i]!);
  offsets.length = first;
  for (let i = 0; i < starts.length; i++) offsets.push(starts[i]!, ends[i]!);
  return form.text;
}

/**
 * Most words are normalised from tables rather than by normalizeForSearch (normalising a
 * page's snippets word by word cost more than its SQL). A word is cut into clusters (a character
 * and the combining marks after it, as grapheme segmentation would cut it in these scripts), and
 * each cluster's search form is looked up: single characters in an array, clusters with marks
 * (vocalised Arabic, decomposed accents) in a map. Only characters of ranges where two characters
 * that are not marks never combine under NFC/NFKC nor change each other's case (unlike Hangul
 * jamo or Greek final sigma) are tabled: ASCII, Latin-1 and Latin Extended-A/B, Arabic, general
 * punctuation. A word with anything else takes the grapheme path of wordForm.
 */
const TABLE_SIZE = 0x2060;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
/** 1 for a combining mark, 0 otherwise, for every UTF-16 unit below TABLE_SIZE. */
const MARK_UNITS = Uint8Array.from({ length: TABLE_SIZE }, (_, code) =>
  MARK.test(String.fromCharCode(code)) ? 1 : 0,
);
const charTables = new Map<Locale, CharTable>();
const clusterForms: Memo<string | null> = new Map();
const CLUSTER_LIMIT = 20_000;

function isTabled(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x7e) ||
    (code >= 0xa1 && code <= 0x24f) ||
    (code >= 0x600 && code <= 0x6ff) ||
    (code >= 0x2010 && code <= 0x205e)
  );
}

function isMarkUnit(code: number): boolean {
  return code < TABLE_SIZE && MARK_UNITS[code] === 1;
}

/** What `\s` matches (ECMAScript white space and line terminators): what separates words. */
function isSpaceUnit(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The search form of a cluster of a tabled character and its marks; null when it is not tabled. */
function computeClusterForm(cluster: string, locale: Locale): string | null {
  const base = cluster.charCodeAt(0);
  if (!isTabled(base) || isMarkUnit(base)) return null;
  // NFKC gives some characters a space ("¨" is " ̈"), which splits the word they are in.
  if (SPACE.test(cluster.normalize("NFKC"))) return null;
  const form = foldForSearch(cluster, locale);
  // A form that opens with a mark could compose with the form before it.
  return MARK.test(form.charAt(0)) ? null : form;
}

/**
 * Single characters' forms, filled on first use (undefined: not computed
 * yet), and which characters are known to be their own form.
 */
interface CharTable {
  forms: Array<string | null>;
  same: Uint8Array;
}

function charTable(locale: Locale): CharTable {
  let table = charTables.get(locale);
  if (!table) {
    table = { forms: new Array<string | null>(TABLE_SIZE), same: new Uint8Array(TABLE_SIZE) };
    charTables.set(locale, table);
  }
  return table;
}

function charForm(code: number, table: CharTable, locale: Locale): string | null {
  if (code >= TABLE_SIZE) return null;
  let form = table.forms[code];
  if (form === undefined) {
    const char = String.fromCharCode(code);
    form = computeClusterForm(char, locale);
    table.forms[code] = form;
    if (form === char) table.same[code] = 1;
  }
  return form;
}

function clusterForm(cluster: string, locale: Locale): string | null {
  return remembered(clusterForms, CLUSTER_LIMIT, cluster, locale, computeClusterForm);
}

/**
 * Normalises word by word and maps every character back: from the tables
 * when all of a word's clusters are tabled, otherwise through wordForm.
 * The result is exactly normalizeForSearch of the whole text without
 * running it: normalizeForSearch works word by word (NFKC/NFC never compose
 * across white space, its other rules replace single characters or marks
 * after a letter, the word forms look at one run of letters, case folding looks past
 * no space, white space collapses to one), tabled clusters are context-free by the choice of ranges, and
 * wordForm checks each word it maps. null when some word cannot be mapped:
 * the caller then shows text without highlights rather than highlighting
 * the wrong words.
 */
export function normalizeWithOffsets(original: string, locale: Locale): NormalizedText | null {
  const table = charTable(locale);
  const offsets = new Offsets(original.length + 16);
  let text = "";
  let previousEnd = 0;
  let at = 0;
  while (at < original.length) {
    if (isSpaceUnit(original.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < original.length && !isSpaceUnit(original.charCodeAt(end))) end++;
    const mark = offsets.length;
    // The space before the word, taken back below if the word gives nothing.
    if (text !== "") offsets.push(previousEnd, at);
    // Tables hold single clusters; the word forms are applied after.
    let piece = tabledPiece(original, at, end, table, locale, offsets);
    if (piece !== null) piece = applyWordForms(piece, offsets, locale);
    if (piece === null) {
      offsets.length = mark;
      const form = wordForm(original.slice(at, end), locale);
      if (form === null) return null;
      piece = form.piece;
      if (piece !== "" && text !== "") offsets.push(previousEnd, at);
      for (let i = 0; i < piece.length; i++) {
        offsets.push(at + (form.starts ? form.starts[i]! : i), at + (form.ends ? form.ends[i]! : i + 1));
      }
    }
    if (piece === "") {
      offsets.length = mark;
    } else {
      text += text === "" ? piece : ` ${piece}`;
      previousEnd = end;
    }
    at = end;
  }
  return {
    text,
    starts: offsets.starts.subarray(0, offsets.length),
    ends: offsets.ends.subarray(0, offsets.length),
  };
}

/** Source ranges of normalised characters, in typed arrays that grow as needed. */
class Offsets {
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.length * 2);
      const ends = new Int32Array(this.length * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
}

/**
 * The normalised form of the word original[from, to) from the tables,
 * pushing each output character's source range (its cluster); null (with
 * some ranges pushed: the caller drops them) at the first cluster
 * that is not tabled. Runs of characters that are their own form are
 * copied as slices.
 */
function tabledPiece(
  original: string,
  from: number,
  to: number,
  table: CharTable,
  locale: Locale,
  offsets: Offsets,
): string | null {
  let piece = "";
  let run = from;
  let at = from;
  while (at < to) {
    const code = original.charCodeAt(at);
    let end = at + 1;
    while (end < to && isMarkUnit(original.charCodeAt(end))) end++;
    if (end === at + 1 && code < TABLE_SIZE && table.same[code] === 1) {
      offsets.push(at, end);
      at = end;
      continue;
    }
    const form =
      end === at + 1 ? charForm(code, table, locale) : clusterForm(original.slice(at, end), locale);
    if (form === null) return null;
    piece += original.slice(run, at) + form;
    for (let k = 0; k < form.length; k++) offsets.push(at, end);
    at = end;
    run = at;
  }
  return run === from ? original.slice(from, to) : piece + original.slice(run, to);
}
