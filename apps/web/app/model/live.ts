/** An update of a live story, as the story page shows it. */
export interface LiveUpdateView {
  id: string;
  title: string | null;
  body: string;
  postedAt: string;
  /** Time of day; formatted on the server for the first render. */
  postedLabel: string;
  /** The newsroom's day it was posted on ("7 December 2026"), which heads its group of updates. */
  dayLabel: string;
}

/** A live story that is running in the edition, as the LIVE page leads with it. */
export interface LiveStoryView {
  id: string;
  title: string;
  url: string;
  /** When it was last updated (its newest update, or its publication when it has none yet). */
  updatedAt: string;
  /** That moment as a dateline in the newsroom's zone. */
  updatedLabel: string;
  /** Its newest update, when it has one. */
  latest: LiveUpdateView | null;
}
