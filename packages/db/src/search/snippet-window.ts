/**
 * ts_headline parses and stems every word of the text it is given, so its cost grows with
 * the text. A snippet only needs the passage around the first match: this picks a window of
 * the normalised text that opens a little before the earliest place where one of the query's
 * lexemes (what the index holds: "librari" for "libraries") appears, found without stemming.
 * For each lexeme, the place where it is most likely a match counts: where it is a whole word,
 * else where it starts one ("librari" of "libraries"), else anywhere (the Arabic stem "مكتب"
 * inside "والمكتبات"). If no lexeme appears (a form the stemmer rewrote: "library"), the first
 * letters of the query words are looked for; where nothing appears, the window is the start of
 * the text (standfirst first).
 */
export const SNIPPET_WINDOW_CHARS = 1_200;
const LEAD_CHARS = 300;
/** Prefix length that survives suffix stemming in all three languages. */
const PREFIX_CHARS = 4;
const WORD_CHAR = /[\p{L}\p{N}]/u;

type Placement = "word" | "wordStart" | "anywhere";

/** `lexemes`: the index's forms of the query's wanted words (see wantedWords). */
export function snippetWindow(normalized: string, queryText: string, lexemes: readonly string[]): string {
  if (normalized.length <= SNIPPET_WINDOW_CHARS) return normalized;
  let first: number | null = null;
  for (const lexeme of lexemes) {
    if (lexeme.length < 2) continue;
    const at =
      occurrence(normalized, lexeme, "word") ??
      occurrence(normalized, lexeme, "wordStart") ??
      occurrence(normalized, lexeme, "anywhere");
    first = earliest(first, at);
  }
  if (first === null) {
    for (const prefix of queryPrefixes(queryText))
      first = earliest(first, occurrence(normalized, prefix, "anywhere"));
  }
  let start = first === null ? 0 : Math.max(0, first - LEAD_CHARS);
  // Start and end on word boundaries, so no half word is parsed.
  if (start > 0) start = normalized.indexOf(" ", start) + 1;
  let end = Math.min(normalized.length, start + SNIPPET_WINDOW_CHARS);
  if (end < normalized.length) {
    const space = normalized.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  return normalized.slice(start, end);
}

/**
 * The words of a parsed query that a match contains: without exclusions ("-harbour"), quotes,
 * and the "or" that websearch_to_tsquery reads as an operator (unquoted, between two words).
 */
export function wantedWords(queryText: string): string {
  const tokens = queryText.split(/\s+/u).filter((token) => token !== "");
  const words: string[] = [];
  let inPhrase = false;
  for (const [i, token] of tokens.entries()) {
    const quoted = inPhrase || token.startsWith('"');
    const isOperator = !quoted && token.toLowerCase() === "or" && i > 0 && i < tokens.length - 1;
    if (!token.startsWith("-") && !isOperator) words.push(token.replace(/"/gu, ""));
    if ((token.split('"').length - 1) % 2 === 1) inPhrase = !inPhrase;
  }
  return words.join(" ");
}

function queryPrefixes(queryText: string): string[] {
  return wantedWords(queryText)
    .split(" ")
    .map((word) => word.replace(/-/gu, "").slice(0, PREFIX_CHARS))
    .filter((prefix) => prefix.length >= 2);
}

function earliest(a: number | null, b: number | null): number | null {
  return a === null || (b !== null && b < a) ? b : a;
}

/** Where the needle first occurs placed as asked in its word; null if it does not. */
function occurrence(text: string, needle: string, placement: Placement): number | null {
  let at = text.indexOf(needle);
  while (at >= 0 && !isPlaced(text, at, needle.length, placement)) at = text.indexOf(needle, at + 1);
  return at >= 0 ? at : null;
}

function isPlaced(text: string, at: number, length: number, placement: Placement): boolean {
  if (placement === "anywhere") return true;
  const startsWord = at === 0 || !WORD_CHAR.test(text.charAt(at - 1));
  if (placement === "wordStart") return startsWord;
  return startsWord && (at + length === text.length || !WORD_CHAR.test(text.charAt(at + length)));
}
