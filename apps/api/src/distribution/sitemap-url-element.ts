import { escapeUTF8 } from "entities/escape";

/** An hreflang alternate of a sitemap URL: the edition's language tag and its URL. */
export interface SitemapLink {
  hreflang: string;
  href: string;
}

/**
 * One `<url>` of a sitemap page, written straight as text: a fixed shape of
 * three kinds of elements, where a generic object-to-XML builder allocated
 * several times the URL's own size in intermediate objects and strings, and a
 * million URLs made that the bulk of the sitemap's memory
 * (docs/architecture/090-sitemap-memory.md). Text and attribute values are
 * escaped by `entities` (&, <, >, quotes); non-ASCII text is kept as it is.
 * The links are left out when the article has only this edition.
 */
export function sitemapUrlElement(loc: string, lastmod: string, links: readonly SitemapLink[]): string {
  let xml = `<url><loc>${escapeUTF8(loc)}</loc><lastmod>${lastmod}</lastmod>`;
  if (links.length > 1) {
    for (const link of links)
      xml += `<xhtml:link rel="alternate" hreflang="${escapeUTF8(link.hreflang)}" href="${escapeUTF8(link.href)}"/>`;
  }
  return `${xml}</url>`;
}
