/**
 * What ts_headline marks: any of the query's wanted lexemes, not the query itself. ts_headline
 * cuts its passages where the whole query matches, so when a query's words are split between
 * title and body ("buses nurses": "buses" only in the title) the body has no such passage and
 * came back as its first words, nothing marked. With an OR of the lexemes every query word in
 * the snippet is marked, and the passages open at the first matches of the window (which opens
 * at the earliest match: snippetWindow). Excluded words are not among the wanted ones, so they
 * are never marked.
 *
 * The lexemes are quoted as tsquery input, so the cast takes them as they are rather than
 * stemming them again. Null when there is none: the caller then marks with the query.
 */
export function anyLexemeQuery(lexemes: readonly string[]): string | null {
  const quoted = lexemes.map((lexeme) => `'${lexeme.replace(/['\\]/gu, "\\$&")}'`);
  return quoted.length === 0 ? null : quoted.join(" | ");
}
