import type { ImageView } from "./media.ts";
import type { LabelLink, TeaserView } from "./teaser.ts";

/** A taxonomy page (section, region, tag, author, dossier): heading, optional intro, one page of stories. */
export interface ListingView {
  title: string;
  description: string | null;
  /** Sub-sections of a first-level section, or the parent of a second-level one. */
  related: LabelLink[];
  items: TeaserView[];
  /** Cursor of the next page, carried in `?after=` so paging works without JavaScript. */
  nextCursor: string | null;
  /** Cursor of the page before, carried in `?before=`; null on the first page. */
  previousCursor: string | null;
  /** An author's page: what they do and their portrait, in the edition's language. */
  profile?: { role: string | null; photo: ImageView | null };
}
