import type { Locale } from "@sahifa/domain/locales";

/**
 * Site-relative paths of reader pages (DESIGN "URLs of the editions"). Raw
 * paths: an Arabic slug stays in Arabic script here; percent-encoding it on
 * the wire is the web app's job.
 */
export const readerPaths = {
  edition: (locale: Locale) => `/${locale}`,
  section: (locale: Locale, sectionPath: string) => `/${locale}/${sectionPath}`,
  article: (locale: Locale, sectionPath: string, id: number, slug: string) =>
    `/${locale}/${sectionPath}/${id}/${slug}`,
  region: (locale: Locale, slug: string) => `/${locale}/region/${slug}`,
  tag: (locale: Locale, slug: string) => `/${locale}/tag/${slug}`,
  author: (locale: Locale, slug: string) => `/${locale}/author/${slug}`,
  dossier: (locale: Locale, slug: string) => `/${locale}/dossier/${slug}`,
};
