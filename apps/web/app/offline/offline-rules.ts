import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@sahifa/domain/locales";

/*
 * What the service worker keeps for offline reading (docs/architecture/053-offline-reading.md).
 * Pure rules, shared by the worker and its tests.
 */

/** How many articles a reader opened stay readable offline: the last ones, least recently read dropped first. */
export const OFFLINE_ARTICLES = 20;

export const CACHE_NAMES = {
  articles: "sahifa-articles",
  assets: "sahifa-assets",
  media: "sahifa-media",
  offline: "sahifa-offline",
} as const;

/** The worker's script, at the root so it may control every edition. */
export const SERVICE_WORKER_PATH = "/sw.js";

/** The page shown for a page that is not kept, in the edition's language. */
export function offlinePagePath(locale: Locale): string {
  return `/${locale}/offline`;
}

export const OFFLINE_PAGES = LOCALES.map(offlinePagePath);

/** The edition a path belongs to (its first segment), the default one otherwise. */
export function editionOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** `/{locale}/{section}[/{sub}]/{id}/{slug}`, the full page only (not lite, never a preview). */
const ARTICLE_PATH = new RegExp(
  `^/(?:${LOCALES.join("|")})/(?!lite/)[^/]+(?:/[^/]+)?/[1-9][0-9]{0,9}/[^/]+$`,
);

/** Whether a same-origin URL is an article page a reader may keep for offline reading. */
export function isKeptArticle(url: URL, origin: string): boolean {
  return url.origin === origin && url.search === "" && ARTICLE_PATH.test(url.pathname);
}

/** Vite's hashed build output: immutable, worth keeping so kept articles look the same offline. */
export function isBuildAsset(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname.startsWith("/assets/");
}

/** Media the API serves through the reader's origin (relays): the images of kept articles. */
export function isMediaImage(url: URL, origin: string, destination: string): boolean {
  return url.origin === origin && url.pathname.startsWith("/media/") && destination === "image";
}
