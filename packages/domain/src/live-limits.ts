/**
 * How much the desk may post live. The API refuses anything beyond these
 * (packages/db/src/live) and the desk's forms stop typing at them and word their
 * refusals with them: one source, so the two cannot drift apart.
 */

/** Characters of a live update's optional title and of its text. */
export const LIVE_UPDATE_LIMITS = { title: 200, body: 5_000 } as const;

export const BREAKING_LIMITS = {
  /** Characters of a breaking item's text and of its attribution. */
  text: 280,
  attribution: 120,
  /** How long an item stays on the ticker when the editor gives no expiry. */
  defaultTtlHours: 6,
  /** The furthest ahead an expiry may be. */
  maxTtlDays: 7,
} as const;

/**
 * A live story is running while its newest update (or, before the first, its publication) is
 * this recent: the API lists only running stories, so every edition and client agrees on which.
 */
export const LIVE_STORY_RUNNING_MS = 24 * 60 * 60 * 1000;
