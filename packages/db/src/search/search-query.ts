import { normalizeForSearch } from "@sahifa/domain/arabic";
import type { Locale } from "@sahifa/domain/locales";

/**
 * Turns what a reader typed into text for `websearch_to_tsquery`, or into a
 * clear reason why there is nothing to search for. The database never sees
 * raw input: only letters, digits, marks, spaces and the two characters of
 * web-search syntax we support (a leading `-` excludes a word, `"…"` is a
 * phrase) survive, so no query can make Postgres raise an error.
 */

/** Longest query we search for; readers pasting a paragraph get its first words. */
export const MAX_QUERY_TERMS = 32;
export const MAX_QUERY_CHARS = 256;

export type SearchNotice =
  /** Nothing was typed. */
  | "EMPTY_QUERY"
  /** Only punctuation, operators or words too common to index ("the", "de"). */
  | "NO_SEARCHABLE_TERMS"
  /** The query was longer than MAX_QUERY_TERMS words or MAX_QUERY_CHARS characters; its start was searched. */
  | "QUERY_TRUNCATED";

export type ParsedSearchQuery =
  | { kind: "empty"; notice: "EMPTY_QUERY" | "NO_SEARCHABLE_TERMS" }
  | { kind: "terms"; text: string; truncated: boolean };

// Everything but letters, marks, digits, whitespace, `"` and `-` becomes a space.
const NOT_SEARCHABLE = /[^\p{L}\p{M}\p{N}\s"-]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

export function parseSearchQuery(raw: string, locale: Locale): ParsedSearchQuery {
  if (raw.trim() === "") return { kind: "empty", notice: "EMPTY_QUERY" };
  // Normalise a bounded prefix only: a 2 MB query costs no more than a long one.
  const normalized = normalizeForSearch(raw.slice(0, MAX_QUERY_CHARS * 4), locale);
  const words = normalized
    .replace(NOT_SEARCHABLE, " ")
    .split(/\s+/u)
    // A word must carry a letter or digit: a lone `-` or `""` is not a term.
    .filter((word) => HAS_WORD.test(word));
  // Only exclusions ("-sport") would mean "every article but…": not a search, and no index can serve it.
  if (words.every((word) => word.startsWith("-"))) return { kind: "empty", notice: "NO_SEARCHABLE_TERMS" };

  let truncated = raw.length > MAX_QUERY_CHARS * 4 || words.length > MAX_QUERY_TERMS;
  let text = words.slice(0, MAX_QUERY_TERMS).join(" ");
  if (text.length > MAX_QUERY_CHARS) {
    const cut = text.lastIndexOf(" ", MAX_QUERY_CHARS);
    text = text.slice(0, cut > 0 ? cut : MAX_QUERY_CHARS);
    truncated = true;
  }
  return { kind: "terms", text, truncated };
}
