/** A republish this soon after the first publication is the publication itself, not an update. */
const REPUBLISH_GRACE_MS = 60_000;

/**
 * When readers are told the article was updated: the latest of a republish (past a minute's
 * grace) and a correction or editor's note, since a note changes what readers are told.
 * Null when neither happened.
 */
export function lastUpdate(
  publishedAt: string,
  republishedAt: string,
  notes: ReadonlyArray<{ createdAt: string }>,
): string | null {
  const first = Date.parse(publishedAt);
  const candidates = notes.map((note) => note.createdAt);
  if (Date.parse(republishedAt) - first > REPUBLISH_GRACE_MS) candidates.push(republishedAt);
  const after = candidates.filter((instant) => Date.parse(instant) > first);
  if (after.length === 0) return null;
  return after.reduce((latest, instant) => (Date.parse(instant) > Date.parse(latest) ? instant : latest));
}
