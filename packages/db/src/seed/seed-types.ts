import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import type { ArticleKind, LocalizedText } from "@sahifa/domain/taxonomy";

/**
 * Shape of the demo newsroom's content files (seed/content/*.ts). Everything
 * is referenced by stable keys so seeding is idempotent and files can be
 * written independently.
 */

export interface SeedAuthor {
  slug: string;
  /** Names per locale (Arabic in Arabic script). */
  name: LocalizedText;
  bio: LocalizedText;
  isDesk?: boolean;
}

export interface SeedTag {
  slug: string;
  label: LocalizedText;
}

export interface SeedDossier {
  slug: string;
  title: LocalizedText;
  /** Two sentences per locale. */
  description: LocalizedText;
  active?: boolean;
}

/** An image file the platform serves; the file is generated artwork under packages/db/media/. */
export interface SeedMedia {
  /** Stable key, also the file name stem: packages/db/media/<key>.svg */
  key: string;
  width: number;
  height: number;
  credit: string;
  alt: LocalizedText;
  caption: LocalizedText;
}

export interface SeedTranslation {
  title: string;
  /** Optional explicit slug; otherwise derived from the title by the domain slug rules. */
  slug?: string;
  summary: string;
  body: SeedBlock[];
}

/**
 * Body blocks as written in content files: like BodyBlock, but media and
 * related articles are referenced by key (resolved to ids by the seed loader).
 */
export type SeedBlock =
  | Exclude<BodyBlock, { type: "image" } | { type: "gallery" } | { type: "related" } | { type: "video" }>
  | { type: "image"; media: string; caption?: string }
  | { type: "gallery"; items: Array<{ media: string; caption?: string }> }
  | { type: "video"; url: string; title: string; poster?: string; durationSeconds?: number }
  | { type: "related"; articles: string[] };

export interface SeedArticle {
  /** Stable key, unique across all content files. */
  key: string;
  kind: ArticleKind;
  /** Full section path, e.g. "news/politics" (see SECTION_TREE). */
  section: string;
  region?: string;
  dossier?: string;
  tags: string[];
  authors: string[];
  /** An outside source (a news agency); absent for the newsroom's own reporting, which pages credit to the edition's masthead. */
  sourceName?: string;
  leadMedia?: string;
  shareCount: number;
  originalLocale: Locale;
  /** Hours before the seed time that the original was published (translations a little later). */
  publishedHoursAgo: number;
  /** One, two or three editions; the original locale must be present. */
  translations: Partial<Record<Locale, SeedTranslation>>;
  /** Translations present but not published (draft / in_review) to exercise the workflow; never shown to readers. */
  unpublished?: Partial<Record<Locale, "draft" | "in_review">>;
}

export interface SeedBreakingItem {
  locale: Locale;
  text: string;
  attribution?: string;
  minutesAgo: number;
  /** Optional key of the seed article the item links to (resolved to its id by the loader). */
  article?: string;
}

/** A timestamped update of a demo live story in one edition. */
export interface SeedLiveUpdate {
  /** Key of the seed article: a live story published in `locale`. */
  article: string;
  locale: Locale;
  minutesAgo: number;
  title?: string;
  /** Plain text; blank lines separate paragraphs. */
  body: string;
}
