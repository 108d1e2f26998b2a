import type { Locale } from "@sahifa/domain/locales";

/**
 * Surrogate keys: reader responses name what they show in an `xkey` header
 * (space-separated), and a publish purges exactly the keys it changed
 * (docs/architecture/031-surrogate-keys-and-purge.md). One spelling, here.
 */
export const surrogateKeys = {
  article: (id: number) => `article-${id}`,
  /** The edition's front page and every list of its newest articles (edition feed, sitemaps). */
  front: (locale: Locale) => `front-${locale}`,
  /** Chrome every page of the edition shares: navigation and taxonomy labels. */
  edition: (locale: Locale) => `edition-${locale}`,
  /** The edition's breaking items and live stories: the API's response cache only (pages get them live). */
  live: (locale: Locale) => `live-${locale}`,
  section: (locale: Locale, slug: string) => `section-${locale}-${slug}`,
  region: (locale: Locale, slug: string) => `region-${locale}-${slug}`,
  tag: (locale: Locale, slug: string) => `tag-${locale}-${slug}`,
  author: (locale: Locale, slug: string) => `author-${locale}-${slug}`,
  dossier: (locale: Locale, slug: string) => `dossier-${locale}-${slug}`,
};

export const SURROGATE_KEY_HEADER = "xkey";
