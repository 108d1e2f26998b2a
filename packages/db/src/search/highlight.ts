import type { NormalizedText } from "./normalized-text.ts";

/**
 * ts_headline runs on the normalised text (the only form whose words match the
 * query's lexemes). It marks matches and joins fragments with these private-use
 * characters, which the original text is scrubbed of first so that they cannot
 * be forged by an article's content.
 */
export const START_MARK = "\uE000";
export const STOP_MARK = "\uE001";
export const FRAGMENT_MARK = "\uE002";
const MARKS = /[\uE000-\uE002]/g;

/** A run of the original text; `match` runs are what the query found. */
export interface TextRun {
  text: string;
  match: boolean;
}

/** The original text made safe to pass through ts_headline (same length: offsets hold). */
export function scrubMarks(text: string): string {
  return text.replace(MARKS, " ");
}

/**
 * Carries ts_headline's output back to the original text. Each fragment is
 * located in the normalised text (it is a verbatim slice of it, apart from the
 * marks), and every slice is mapped to the original through the offsets.
 * Returns null if a fragment cannot be located, so the caller falls back to
 * unhighlighted text rather than showing normalised spelling to readers.
 */
export function mapHeadline(
  headline: string,
  original: string,
  normalized: NormalizedText,
): TextRun[] | null {
  const runs: TextRun[] = [];
  let searchFrom = 0;
  const fragments = headline
    .split(FRAGMENT_MARK)
    .filter((fragment) => fragment.replace(MARKS, "").trim() !== "");
  for (const [position, fragment] of fragments.entries()) {
    const pieces = splitMarks(fragment);
    const plain = pieces.map((piece) => piece.text).join("");
    const leading = plain.length - plain.trimStart().length;
    const at = normalized.text.indexOf(plain.trim(), searchFrom);
    if (at < 0) return null;
    searchFrom = at + plain.trim().length;

    // A boundary inside the fragment maps to where its character starts in the original, so that
    // characters normalisation dropped (tatweel, marks) stay with the text before them.
    const end = searchFrom;
    const boundary = (i: number) => (i === end ? normalized.ends[i - 1]! : normalized.starts[i]!);
    const fragmentRuns: TextRun[] = [];
    let offset = at - leading;
    for (const piece of pieces) {
      const from = Math.max(offset, at);
      const to = Math.min(offset + piece.text.length, end);
      offset += piece.text.length;
      if (to <= from) continue;
      fragmentRuns.push({
        text: collapseSpaces(original.slice(boundary(from), boundary(to))),
        match: piece.match,
      });
    }
    const startsAtBeginning = at === 0;
    const endsAtEnd = searchFrom >= normalized.text.length;
    if (position > 0) runs.push({ text: " … ", match: false });
    else if (!startsAtBeginning) runs.push({ text: "… ", match: false });
    runs.push(...fragmentRuns);
    if (position === fragments.length - 1 && !endsAtEnd) runs.push({ text: " …", match: false });
  }
  return mergeRuns(runs);
}

function splitMarks(fragment: string): TextRun[] {
  const pieces: TextRun[] = [];
  let match = false;
  let current = "";
  for (const char of fragment) {
    if (char === START_MARK || char === STOP_MARK) {
      if (current) pieces.push({ text: current, match });
      current = "";
      match = char === START_MARK;
    } else {
      current += char;
    }
  }
  if (current) pieces.push({ text: current, match });
  return pieces;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, " ");
}

function mergeRuns(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.match === run.match) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}
