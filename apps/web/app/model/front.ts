import type { LabelLink, TeaserView } from "./teaser.ts";

export interface FrontSection {
  section: LabelLink;
  items: TeaserView[];
}

/** An edition's front page: the lead story, the latest, one block per section, Most Read. */
export interface FrontPageView {
  lead: TeaserView | null;
  latest: TeaserView[];
  sections: FrontSection[];
  mostRead: TeaserView[];
}
