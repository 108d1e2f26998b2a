import { findTerm, type GlossaryTerm, type TextRange } from "@sahifa/domain/glossary";
import type { Locale } from "@sahifa/domain/locales";
import type { ReactNode } from "react";

/** The ranges of `text` holding any of the terms, in order, without overlaps (the longer term wins). */
export function termRanges(
  text: string,
  terms: readonly GlossaryTerm[],
  locale: Locale,
): Array<TextRange & { term: GlossaryTerm }> {
  const found = terms
    .flatMap((term) => findTerm(text, term.source, locale).map((range) => ({ ...range, term })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  for (const range of found) {
    const last = kept.at(-1);
    if (!last || range.start >= last.end) kept.push(range);
  }
  return kept;
}

/**
 * A source text with its glossary terms marked: each `<mark>` says the approved translation
 * in its title, so the translator sees which names the newsroom has settled.
 */
export function GlossaryMarks({
  text,
  terms,
  locale,
}: {
  text: string;
  terms: readonly GlossaryTerm[];
  locale: Locale;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of termRanges(text, terms, locale)) {
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(
      <mark
        key={range.start}
        className="desk-glossary-term"
        title={range.term.approved}
        data-term={range.term.id}
      >
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
