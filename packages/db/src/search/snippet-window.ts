/**
 * ts_headline parses and stems every word of the text it is given, so its cost grows with
 * the article. A snippet only needs the passage around the first match: this picks a window
 * of the normalised text that starts a little before the first place where a query word's
 * start appears (a cheap, stem-free guess: "مكتب" of "مكتبه" also finds "والمكتبات"). If no
 * query word appears, the window is the start of the text (standfirst first).
 */
export const SNIPPET_WINDOW_CHARS = 1_200;
const LEAD_CHARS = 300;
/** Prefix length that survives suffix stemming in all three languages. */
const PREFIX_CHARS = 4;

export function snippetWindow(normalized: string, queryText: string): string {
  if (normalized.length <= SNIPPET_WINDOW_CHARS) return normalized;
  const prefixes = queryText
    .split(/\s+/u)
    .filter((word) => !word.startsWith("-"))
    .map((word) => word.replace(/["-]/gu, "").slice(0, PREFIX_CHARS))
    .filter((prefix) => prefix.length >= 2);
  let first = -1;
  for (const prefix of prefixes) {
    const at = normalized.indexOf(prefix);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  let start = first < 0 ? 0 : Math.max(0, first - LEAD_CHARS);
  // Start and end on word boundaries, so no half word is parsed.
  if (start > 0) start = normalized.indexOf(" ", start) + 1;
  let end = Math.min(normalized.length, start + SNIPPET_WINDOW_CHARS);
  if (end < normalized.length) {
    const space = normalized.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  return normalized.slice(start, end);
}
