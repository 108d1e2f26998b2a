import type { TeaserView } from "./teaser.ts";

/** A piece of text as written; `match` marks the words the search found. */
export interface TextRunView {
  text: string;
  match: boolean;
}

export interface SearchHitView {
  teaser: TeaserView;
  title: TextRunView[];
  snippet: TextRunView[];
}

export interface SearchPageView {
  notice: "EMPTY_QUERY" | "NO_SEARCHABLE_TERMS" | "QUERY_TRUNCATED" | null;
  totalCount: number;
  hits: SearchHitView[];
  /** `after` for the next page, when there is one. */
  nextCursor: string | null;
}
