import type { BodyBlock } from "./blocks.ts";
import type { Locale } from "./locales.ts";
import type { ArticleKind } from "./taxonomy.ts";
import type { TranslationStatus } from "./workflow.ts";

/** Language-neutral facts of a story. */
export interface Article {
  id: number;
  kind: ArticleKind;
  sectionPath: string;
  regionSlug: string | null;
  dossierSlug: string | null;
  originalLocale: Locale;
  sourceName: string | null;
  leadMediaId: number | null;
  shareCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What one revision of a translation holds; every save appends one. */
export interface TranslationContent {
  title: string;
  slug: string;
  summary: string;
  body: BodyBlock[];
  seoTitle?: string | null;
  seoDescription?: string | null;
}

export interface Translation {
  articleId: number;
  locale: Locale;
  status: TranslationStatus;
  headRevisionId: number;
  publishedRevisionId: number | null;
  /** Revision of the original-language translation this one was translated from. */
  sourceRevisionId: number | null;
  firstPublishedAt: Date | null;
  publishedAt: Date | null;
}
