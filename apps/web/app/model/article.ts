import type { Locale } from "@sahifa/domain/locales";
import type { ArticleKind } from "@sahifa/domain/taxonomy";
import type { CoverageView } from "./coverage.ts";
import type { ImageView } from "./media.ts";
import type { PageSeo } from "./seo.ts";
import type { LabelLink, TeaserView } from "./teaser.ts";

export interface InlineRunView {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/**
 * Body blocks as the reader renders them: the stored blocks of @sahifa/domain/blocks with
 * media ids and related-article ids already resolved to what the edition can show.
 */
export type BodyBlockView =
  | { type: "paragraph"; content: InlineRunView[] }
  | { type: "heading"; level: 2 | 3; text: string }
  | { type: "quote"; text: string; attribution: string | null }
  | { type: "list"; ordered: boolean; items: InlineRunView[][] }
  | { type: "image"; image: ImageView }
  | { type: "gallery"; images: ImageView[] }
  | {
      type: "video";
      url: string;
      title: string;
      poster: ImageView | null;
      durationSeconds: number | null;
      /** WebVTT caption tracks, the edition's own first. */
      captions: Array<{ locale: Locale; url: string }>;
    }
  | { type: "related"; articles: TeaserView[] };

/** One edition that has the article, for the switcher, hreflang and JSON-LD. */
export interface TranslationLink {
  locale: Locale;
  url: string;
}

export interface AuthorView {
  name: string;
  url: string;
  image: ImageView | null;
  bio: string | null;
}

export interface DossierView {
  title: string;
  description: string;
  url: string;
}

export interface ArticleView {
  id: string;
  locale: Locale;
  kind: ArticleKind;
  url: string;
  title: string;
  summary: string;
  seoTitle: string | null;
  seoDescription: string | null;
  authors: AuthorView[];
  sourceName: string | null;
  publishedAt: string;
  publishedLabel: string;
  updatedAt: string;
  /** "Updated …" when the text was republished with changes after its first publication. */
  updatedLabel: string | null;
  /** Corrections and editor's notes of this edition, oldest first. */
  notes: ArticleNoteView[];
  shareCount: number;
  readMinutes: number;
  section: LabelLink;
  parentSection: LabelLink | null;
  region: LabelLink | null;
  lead: ImageView | null;
  body: BodyBlockView[];
  tags: LabelLink[];
  dossier: DossierView | null;
  translations: TranslationLink[];
}

/** Everything an article page shows. */
export interface ArticlePageData {
  article: ArticleView;
  mostRead: TeaserView[];
  readNext: TeaserView[];
  coverage: CoverageView;
  /** Absolute URL of the page, for share links. */
  shareUrl: string;
}

/** An article page as every reader of it gets it: the page, its SEO and its structured data. */
export interface ArticlePageView {
  page: ArticlePageData;
  seo: PageSeo;
  /** The same article in each edition that publishes it (the switcher's targets). */
  alternates: Partial<Record<Locale, string>>;
  jsonLd: unknown;
}

/** A public correction or editor's note, dated in the newsroom's zone. */
export interface ArticleNoteView {
  id: string;
  kind: "correction" | "editorsNote";
  text: string;
  createdAt: string;
  dateLabel: string;
}
