import type { Locale } from "@sahifa/domain/locales";

/**
 * Every reader URL is built here (DESIGN "URLs of the editions"), so links, canonical,
 * hreflang and redirects agree. Slugs may be Arabic: they are percent-encoded on the wire.
 */
export const urls = {
  front: (locale: Locale) => `/${locale}`,
  section: (locale: Locale, sectionPath: string) => `/${locale}/${sectionPath}`,
  article: (locale: Locale, sectionPath: string, id: string | number, slug: string) =>
    `/${locale}/${sectionPath}/${id}/${encodeURIComponent(slug)}`,
  region: (locale: Locale, slug: string) => `/${locale}/region/${encodeURIComponent(slug)}`,
  tag: (locale: Locale, slug: string) => `/${locale}/tag/${encodeURIComponent(slug)}`,
  author: (locale: Locale, slug: string) => `/${locale}/author/${encodeURIComponent(slug)}`,
  dossier: (locale: Locale, slug: string) => `/${locale}/dossier/${encodeURIComponent(slug)}`,
  live: (locale: Locale) => `/${locale}/live`,
  search: (locale: Locale) => `/${locale}/search`,
  page: (locale: Locale, page: InfoPage) => `/${locale}/${page}`,
};

export const INFO_PAGES = ["about", "privacy", "contact", "authors"] as const;
export type InfoPage = (typeof INFO_PAGES)[number];

/** Absolute URL for canonical/hreflang/Open Graph. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}

/** A path of characters `encodeURIComponent` leaves as they are, and slashes. */
const UNRESERVED_PATH = /^[A-Za-z0-9\-_.~/]*$/;

/**
 * The API returns raw site-relative paths (an Arabic slug in Arabic script); links need each
 * segment percent-encoded, exactly as `urls.article` encodes a slug.
 */
export function encodePath(rawPath: string): string {
  // Most paths need nothing encoded; a view model holds dozens of them.
  if (UNRESERVED_PATH.test(rawPath)) return rawPath;
  return rawPath
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}
