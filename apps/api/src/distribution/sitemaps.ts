import type { Database } from "@sahifa/db/database";
import {
  listNewsSitemapEntries,
  listSitemapPages,
  type SitemapEntry,
  streamSitemapPage,
} from "@sahifa/db/distribution/sitemap-entries";
import { listSections } from "@sahifa/db/reader/taxonomy";
import { LOCALE_CONFIG, LOCALES, type Locale } from "@sahifa/domain/locales";
import { resources } from "@sahifa/i18n/resources";
import type { Kysely } from "kysely";
import { readerPaths } from "../urls.ts";
import { distributionPaths, publicUrl } from "./distribution-paths.ts";
import { sitemapUrlElement } from "./sitemap-url-element.ts";
import { XML_DECLARATION, xmlDocument, xmlStream } from "./xml-stream.ts";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

/** A news sitemap lists what was first published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;

const urlset = (namespaces: string) => `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" ${namespaces}>`;

/** The index: each edition's article sitemaps and its news sitemap. */
export async function sitemapIndex(
  db: Kysely<Database>,
  origin: string,
  now: Date,
): Promise<ReadableStream<Uint8Array>> {
  const pages = await listSitemapPages(db);
  const sitemap = [
    ...pages.map((page) => ({
      loc: publicUrl(origin, distributionPaths.sitemapPage(page.locale, page.page)),
      lastmod: page.lastModified.toISOString(),
    })),
    ...LOCALES.map((locale) => ({
      loc: publicUrl(origin, distributionPaths.newsSitemap(locale)),
      lastmod: now.toISOString(),
    })),
  ];
  return xmlDocument({ sitemapindex: { "@xmlns": SITEMAP_NS, sitemap } });
}

/**
 * One page of an edition's articles, streamed from the database batch by
 * batch. Each URL lists, as hreflang alternates, itself and every other
 * edition that publishes the article, and nothing else.
 */
export async function sitemapPage(
  db: Kysely<Database>,
  origin: string,
  locale: Locale,
  page: number,
): Promise<ReadableStream<Uint8Array> | null> {
  const articleUrl = await articleUrls(db, origin);
  const batches = streamSitemapPage(db, locale, page);
  // A urlset needs at least one url: a page without articles does not exist.
  const first = await batches.next();
  if (first.done) return null;
  async function* fragments(): AsyncGenerator<string> {
    for (let batch: IteratorResult<SitemapEntry[]> = first; !batch.done; batch = await batches.next()) {
      let xml = "";
      for (const entry of batch.value) {
        const loc = articleUrl(locale, entry.sectionId, entry.articleId, entry.slug);
        const links = entry.editions.map((edition) => ({
          hreflang: LOCALE_CONFIG[edition.locale].hreflang,
          href:
            edition.locale === locale
              ? loc
              : articleUrl(edition.locale, entry.sectionId, entry.articleId, edition.slug),
        }));
        xml += sitemapUrlElement(loc, entry.lastModified.toISOString(), links);
      }
      yield xml;
    }
  }
  return xmlStream(urlset(`xmlns:xhtml="${XHTML_NS}"`), fragments(), "</urlset>");
}

/** Google News sitemap of one edition: articles first published in the last 48 hours. */
export async function newsSitemap(
  db: Kysely<Database>,
  origin: string,
  locale: Locale,
  now: Date,
): Promise<ReadableStream<Uint8Array>> {
  const [articleUrl, entries] = await Promise.all([
    articleUrls(db, origin),
    listNewsSitemapEntries(db, locale, new Date(now.getTime() - NEWS_WINDOW_MS)),
  ]);
  return xmlDocument({
    urlset: {
      "@xmlns": SITEMAP_NS,
      "@xmlns:news": NEWS_NS,
      url: entries.map((entry) => ({
        loc: articleUrl(locale, entry.sectionId, entry.articleId, entry.slug),
        "news:news": {
          "news:publication": {
            "news:name": resources[locale].common.brand,
            "news:language": LOCALE_CONFIG[locale].hreflang,
          },
          "news:publication_date": entry.firstPublished.toISOString(),
          "news:title": entry.title,
        },
      })),
    },
  });
}

/** robots.txt: everything may be crawled except the preview route; the sitemaps are named. */
export function robotsTxt(origin: string): string {
  return [
    "User-agent: *",
    "Disallow: /preview/",
    "",
    `Sitemap: ${publicUrl(origin, distributionPaths.sitemapIndex())}`,
    ...LOCALES.map((locale) => `Sitemap: ${publicUrl(origin, distributionPaths.newsSitemap(locale))}`),
    "",
  ].join("\n");
}

/** Absolute article URLs on the reader origin, with the section paths read once per document. */
async function articleUrls(
  db: Kysely<Database>,
  origin: string,
): Promise<(locale: Locale, sectionId: number, articleId: number, slug: string) => string> {
  const sectionPaths = new Map((await listSections(db)).map((section) => [section.id, section.path]));
  return (locale, sectionId, articleId, slug) =>
    publicUrl(origin, readerPaths.article(locale, sectionPaths.get(sectionId) ?? "", articleId, slug));
}
