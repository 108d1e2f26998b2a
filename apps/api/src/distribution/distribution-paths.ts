import { LOCALES, type Locale } from "@sahifa/domain/locales";

/**
 * Feeds, sitemaps and robots.txt: the paths they have on the reader origin
 * (the web app relays them from the API, where they carry DISTRIBUTION_PREFIX).
 */

export const DISTRIBUTION_PREFIX = "/distribution";

export type FeedFormat = "rss" | "atom";

/** Whose latest articles a feed lists. Sections include their descendants. */
export type FeedScope =
  | { kind: "edition" }
  | { kind: "section"; path: string }
  | { kind: "region" | "tag" | "author" | "dossier"; slug: string };

export const distributionPaths = {
  feed: (locale: Locale, scope: FeedScope, format: FeedFormat) =>
    scope.kind === "edition"
      ? `/${locale}/${format}.xml`
      : `/${locale}/${scope.kind}/${scope.kind === "section" ? scope.path : scope.slug}/${format}.xml`,
  sitemapIndex: () => "/sitemap.xml",
  sitemapPage: (locale: Locale, page: number) => `/sitemaps/${locale}-${page}.xml`,
  newsSitemap: (locale: Locale) => `/sitemaps/news-${locale}.xml`,
  robots: () => "/robots.txt",
};

export type DistributionRequest =
  | { kind: "feed"; locale: Locale; scope: FeedScope; format: FeedFormat }
  | { kind: "sitemapIndex" }
  | { kind: "sitemapPage"; locale: Locale; page: number }
  | { kind: "newsSitemap"; locale: Locale }
  | { kind: "robots" };

const LOCALE = `(${LOCALES.join("|")})`;
const sitemapPage = new RegExp(`^/sitemaps/${LOCALE}-([1-9][0-9]{0,6})\\.xml$`);
const newsSitemap = new RegExp(`^/sitemaps/news-${LOCALE}\\.xml$`);
const editionFeed = new RegExp(`^/${LOCALE}/(rss|atom)\\.xml$`);
const scopedFeed = new RegExp(`^/${LOCALE}/(section|region|tag|author|dossier)/(.+)/(rss|atom)\\.xml$`);

/** What a path (without the prefix) asks for; null when it names nothing we serve. */
export function parseDistributionPath(path: string): DistributionRequest | null {
  if (path === "/robots.txt") return { kind: "robots" };
  if (path === "/sitemap.xml") return { kind: "sitemapIndex" };
  let match = sitemapPage.exec(path);
  if (match) return { kind: "sitemapPage", locale: match[1] as Locale, page: Number(match[2]) };
  match = newsSitemap.exec(path);
  if (match) return { kind: "newsSitemap", locale: match[1] as Locale };
  match = editionFeed.exec(path);
  if (match)
    return {
      kind: "feed",
      locale: match[1] as Locale,
      scope: { kind: "edition" },
      format: match[2] as FeedFormat,
    };
  match = scopedFeed.exec(path);
  if (!match) return null;
  const [, locale, kind, encodedKey, format] = match as unknown as [
    string,
    Locale,
    string,
    string,
    FeedFormat,
  ];
  const segments = encodedKey.split("/").map(decodeSegment);
  if (segments.some((segment) => segment === null || segment === "")) return null;
  if (kind !== "section" && segments.length > 1) return null;
  const key = segments.join("/");
  const scope: FeedScope =
    kind === "section"
      ? { kind, path: key }
      : { kind: kind as "region" | "tag" | "author" | "dossier", slug: key };
  return { kind: "feed", locale, scope, format };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** An absolute URL on the reader origin; non-ASCII path characters (Arabic slugs) come out percent-encoded. */
export function publicUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}
