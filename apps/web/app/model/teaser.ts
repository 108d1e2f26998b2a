import type { ArticleKind } from "@sahifa/domain/taxonomy";
import type { ImageView } from "./media.ts";

/** A link to a taxonomy page (section, region, tag, author, dossier) with its label in the page's language. */
export interface LabelLink {
  label: string;
  url: string;
}

/** An article as lists show it: front page, section pages, Most Read, Read Next, Related News. */
export interface TeaserView {
  id: string;
  url: string;
  title: string;
  summary: string | null;
  kind: ArticleKind;
  section: LabelLink;
  region: LabelLink | null;
  /** ISO 8601 instant, for <time dateTime>. */
  publishedAt: string;
  /** Formatted once on the server so hydration never meets a different ICU build in the browser. */
  publishedLabel: string;
  image: ImageView | null;
}
