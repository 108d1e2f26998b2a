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
import { xmlStream } from "./xml-stream.ts";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
const XMLNS = "http://www.w3.org/2000/xmlns/";

/** A news sitemap lists what was first published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;

/** The index: each edition's article sitemaps and its news sitemap. */
export async function sitemapIndex(
  db: Kysely<Database>,
  origin: string,
  now: Date,
): Promise<ReadableStream<Uint8Array>> {
  const pages = await listSitemapPages(db);
  return xmlStream(async function* (xml) {
    xml.ele(SITEMAP_NS, "sitemapindex");
    for (const page of pages) {
      xml.ele(SITEMAP_NS, "sitemap");
      xml
        .ele(SITEMAP_NS, "loc")
        .txt(publicUrl(origin, distributionPaths.sitemapPage(page.locale, page.page)))
        .up();
      xml.ele(SITEMAP_NS, "lastmod").txt(page.lastModified.toISOString()).up();
      xml.up();
    }
    for (const locale of LOCALES) {
      xml.ele(SITEMAP_NS, "sitemap");
      xml
        .ele(SITEMAP_NS, "loc")
        .txt(publicUrl(origin, distributionPaths.newsSitemap(locale)))
        .up();
      xml.ele(SITEMAP_NS, "lastmod").txt(now.toISOString()).up();
      xml.up();
    }
    xml.up();
    yield;
  });
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
  return xmlStream(async function* (xml) {
    xml.ele(SITEMAP_NS, "urlset").att(XMLNS, "xmlns:xhtml", XHTML_NS);
    let batch: IteratorResult<SitemapEntry[]> = first;
    for (; !batch.done; batch = await batches.next()) {
      for (const entry of batch.value) {
        xml.ele(SITEMAP_NS, "url");
        xml.ele(SITEMAP_NS, "loc").txt(articleUrl(locale, entry)).up();
        xml.ele(SITEMAP_NS, "lastmod").txt(entry.lastModified.toISOString()).up();
        if (entry.editions.length > 1) {
          for (const edition of entry.editions) {
            const href = articleUrl(edition.locale, edition);
            xml
              .ele(XHTML_NS, "xhtml:link")
              .att({ rel: "alternate", hreflang: LOCALE_CONFIG[edition.locale].hreflang, href })
              .up();
          }
        }
        xml.up();
      }
      yield;
    }
    xml.up();
  });
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
  return xmlStream(async function* (xml) {
    xml.ele(SITEMAP_NS, "urlset").att(XMLNS, "xmlns:news", NEWS_NS);
    for (const entry of entries) {
      xml.ele(SITEMAP_NS, "url");
      xml.ele(SITEMAP_NS, "loc").txt(articleUrl(locale, entry)).up();
      xml.ele(NEWS_NS, "news:news");
      xml.ele(NEWS_NS, "news:publication");
      xml.ele(NEWS_NS, "news:name").txt(resources[locale].common.brand).up();
      xml.ele(NEWS_NS, "news:language").txt(LOCALE_CONFIG[locale].hreflang).up();
      xml.up();
      xml.ele(NEWS_NS, "news:publication_date").txt(entry.firstPublished.toISOString()).up();
      xml.ele(NEWS_NS, "news:title").txt(entry.title).up();
      xml.up().up();
    }
    xml.up();
    yield;
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
): Promise<(locale: Locale, article: { articleId: number; sectionId: number; slug: string }) => string> {
  const sectionPaths = new Map((await listSections(db)).map((section) => [section.id, section.path]));
  return (locale, article) =>
    publicUrl(
      origin,
      readerPaths.article(locale, sectionPaths.get(article.sectionId) ?? "", article.articleId, article.slug),
    );
}
