import type { Locale } from "@sahifa/domain/locales";
import { CACHE_NAMES, isKeptArticle } from "./offline-rules.ts";

/** An article the offline reading worker keeps, as the offline page lists it. */
export interface KeptArticle {
  /** Site-relative path, as kept. */
  url: string;
  title: string;
  /** When the kept copy was fetched (its Date header), in milliseconds; 0 when unknown. */
  keptAt: number;
}

/** A kept page as read from the Cache API, before its title is known. */
export interface KeptPage {
  url: URL;
  keptAt: number;
  title: string | null;
}

/**
 * The kept articles of one edition, the most recently kept first: a reader offline on the
 * Arabic offline page is offered the Arabic articles, never another edition's.
 */
export function keptArticlesOf(pages: readonly KeptPage[], locale: Locale, origin: string): KeptArticle[] {
  return pages
    .filter(
      (page) =>
        isKeptArticle(page.url, origin) &&
        page.url.pathname.startsWith(`/${locale}/`) &&
        page.title !== null &&
        page.title.trim() !== "",
    )
    .map((page) => ({ url: page.url.pathname, title: page.title!.trim(), keptAt: page.keptAt }))
    .sort((a, b) => b.keptAt - a.keptAt);
}

/** The article's headline in a kept page: its first heading, as the reader saw it. */
function titleOf(html: string): string | null {
  const document = new DOMParser().parseFromString(html, "text/html");
  return (document.querySelector("main h1") ?? document.querySelector("h1"))?.textContent ?? null;
}

/** Reads the worker's store of articles (in the browser) and returns the edition's kept ones. */
export async function readKeptArticles(locale: Locale): Promise<KeptArticle[]> {
  if (typeof caches === "undefined" || !(await caches.has(CACHE_NAMES.articles))) return [];
  const cache = await caches.open(CACHE_NAMES.articles);
  const pages = await Promise.all(
    (await cache.keys()).map(async (request): Promise<KeptPage> => {
      const response = await cache.match(request);
      const date = Date.parse(response?.headers.get("date") ?? "");
      return {
        url: new URL(request.url),
        keptAt: Number.isNaN(date) ? 0 : date,
        title: response ? titleOf(await response.text()) : null,
      };
    }),
  );
  return keptArticlesOf(pages, locale, self.location.origin);
}
