import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import { readTimeMinutes } from "@sahifa/domain/read-time";
import { LRUCache } from "lru-cache";

/** Enough for every revision readers ask for in a busy hour; a miss only counts the words again. */
const MAX_REVISIONS = 20_000;

/**
 * A revision's read time, counted once per process: revisions are never changed once written
 * (docs/architecture/008), and counting a body's words was the largest allocation of an
 * article query (027).
 */
export function createRevisionReadTime() {
  const minutes = new LRUCache<string, number>({ max: MAX_REVISIONS });
  return (revisionId: number, body: readonly BodyBlock[], locale: Locale): number => {
    const key = `${locale}:${revisionId}`;
    let known = minutes.get(key);
    if (known === undefined) {
      known = readTimeMinutes(body, locale);
      minutes.set(key, known);
    }
    return known;
  };
}

export const revisionReadTime = createRevisionReadTime();
