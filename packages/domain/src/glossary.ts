import { foldForSearch } from "./arabic.ts";
import { type BodyBlock, blockText } from "./blocks.ts";
import type { Locale } from "./locales.ts";
import { searchWordForm, WORD_RUN } from "./search-word-forms.ts";

/**
 * The glossary of a language pair (docs/architecture/075-glossary.md): names of people,
 * organisations and places with the approved translation and the variants a newsroom
 * refuses. Terms are matched word by word on their search form (normalizeForSearch's rules
 * applied to each word), so Arabic spelling variants and prefixed articles meet, Spanish
 * accents and English capitals do not matter, and the offsets still point into the text as
 * written, for the editor to mark them.
 */

export const GLOSSARY_TERM_KINDS = ["person", "organisation", "place", "other"] as const;
export type GlossaryTermKind = (typeof GLOSSARY_TERM_KINDS)[number];

export interface GlossaryTerm {
  id: number;
  kind: GlossaryTermKind;
  /** The term as written in the source language. */
  source: string;
  /** The approved translation in the target language. */
  approved: string;
  /** Spellings the target must not use. */
  forbidden: readonly string[];
  note: string | null;
}

/** Limits a term's parts must keep (also checked by the API and the import). */
export const GLOSSARY_LIMITS = { termLength: 200, forbiddenCount: 20, noteLength: 500 } as const;

export interface TextRange {
  start: number;
  end: number;
}

interface Token extends TextRange {
  form: string;
}

/** A text's words with their place in it, each with the index form search gives it. */
function tokens(text: string, locale: Locale): Token[] {
  const found: Token[] = [];
  // Runs of letters, marks and digits as written: folding (NFKC, marks dropped) may change a
  // word's length, so each word is folded on its own and its offsets stay those of the text.
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const folded = foldForSearch(match[0], locale);
    const forms = [...folded.matchAll(WORD_RUN)].map(([run]) => searchWordForm(run, locale));
    const digits = folded.replace(WORD_RUN, " ").trim();
    const form = [...forms, digits].filter((part) => part !== "").join(" ");
    // Arabic function words have no index form; they neither match nor break a match.
    if (form !== "") found.push({ start: match.index, end: match.index + match[0].length, form });
  }
  return found;
}

/** The search forms of a term's words: what a text must contain, in this order, to hold it. */
export function termForms(term: string, locale: Locale): string[] {
  return tokens(term, locale).map((token) => token.form);
}

/** Where a term's forms occur, in order and whole, among a text's words. */
function rangesOf(words: readonly Token[], wanted: readonly string[]): TextRange[] {
  const ranges: TextRange[] = [];
  if (wanted.length === 0) return ranges;
  for (let i = 0; i + wanted.length <= words.length; i += 1) {
    if (wanted.every((form, offset) => words[i + offset]?.form === form)) {
      const first = words[i];
      const last = words[i + wanted.length - 1];
      if (first && last) ranges.push({ start: first.start, end: last.end });
      i += wanted.length - 1;
    }
  }
  return ranges;
}

/** Where `term` occurs in `text` (whole words, in order), as ranges of the text as written. */
export function findTerm(text: string, term: string, locale: Locale): TextRange[] {
  return rangesOf(tokens(text, locale), termForms(term, locale));
}

/** A text read once, to look many terms up in it. */
export function termFinder(text: string, locale: Locale): (term: string) => TextRange[] {
  const words = tokens(text, locale);
  return (term) => rangesOf(words, termForms(term, locale));
}

export const GLOSSARY_ISSUE_KINDS = ["missing_approved", "forbidden_variant"] as const;
export type GlossaryIssueKind = (typeof GLOSSARY_ISSUE_KINDS)[number];

export interface GlossaryIssue {
  blockIndex: number;
  termId: number;
  kind: GlossaryIssueKind;
  source: string;
  approved: string;
  /** The forbidden spelling found (forbidden_variant only). */
  found: string | null;
}

export interface GlossaryPair {
  sourceLocale: Locale;
  targetLocale: Locale;
}

/** The terms of the glossary that occur in a source text. */
export function termsIn<T extends Pick<GlossaryTerm, "source">>(
  text: string,
  terms: readonly T[],
  locale: Locale,
): T[] {
  const find = termFinder(text, locale);
  return terms.filter((term) => find(term.source).length > 0);
}

/**
 * For each source block holding a glossary term, whether its target block uses a forbidden
 * variant or lacks the approved translation. Blocks without text (media) are not checked.
 */
export function checkGlossary(
  source: readonly BodyBlock[],
  target: readonly BodyBlock[],
  terms: readonly GlossaryTerm[],
  pair: GlossaryPair,
): GlossaryIssue[] {
  const issues: GlossaryIssue[] = [];
  source.forEach((block, blockIndex) => {
    const sourceText = blockText(block);
    const translated = target[blockIndex];
    if (sourceText.trim() === "" || !translated) return;
    const inTarget = termFinder(blockText(translated), pair.targetLocale);
    for (const term of termsIn(sourceText, terms, pair.sourceLocale)) {
      const base = { blockIndex, termId: term.id, source: term.source, approved: term.approved };
      const found = term.forbidden.find((variant) => inTarget(variant).length > 0);
      if (found !== undefined) issues.push({ ...base, kind: "forbidden_variant", found });
      if (inTarget(term.approved).length === 0) {
        issues.push({ ...base, kind: "missing_approved", found: null });
      }
    }
  });
  return issues;
}
