import type { TeaserView } from "./teaser.ts";

/** One active dossier with its latest stories, for the Coverage tabs. */
export interface CoverageTab {
  slug: string;
  title: string;
  url: string;
  items: TeaserView[];
}

export interface CoverageView {
  /** Latest stories across every active dossier: the "All" tab. */
  all: TeaserView[];
  dossiers: CoverageTab[];
}
