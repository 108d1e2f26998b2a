import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import type { FeedContent } from "./feed-content.ts";
import { type XmlWriter, xmlStream } from "./xml-stream.ts";

const ATOM_NS = "http://www.w3.org/2005/Atom";
const DC_NS = "http://purl.org/dc/elements/1.1/";
const MEDIA_NS = "http://search.yahoo.com/mrss/";
const XMLNS = "http://www.w3.org/2000/xmlns/";

/**
 * RSS 2.0 (dates in RFC 822 form). Bylines go in `dc:creator`, since RSS's
 * own `author` must be an e-mail address; the lead image in `media:content`,
 * since `enclosure` requires a byte length we do not keep.
 */
export function rssFeed(feed: FeedContent, selfUrl: string): ReadableStream<Uint8Array> {
  return xmlStream(async function* (xml) {
    xml
      .ele("rss")
      .att("version", "2.0")
      .att(XMLNS, "xmlns:atom", ATOM_NS)
      .att(XMLNS, "xmlns:dc", DC_NS)
      .att(XMLNS, "xmlns:media", MEDIA_NS)
      .ele("channel");
    text(xml, "title", feed.title);
    text(xml, "link", feed.pageUrl);
    text(xml, "description", feed.description);
    text(xml, "language", LOCALE_CONFIG[feed.locale].hreflang);
    text(xml, "lastBuildDate", feed.updated.toUTCString());
    xml.ele(ATOM_NS, "atom:link").att({ href: selfUrl, rel: "self", type: "application/rss+xml" }).up();
    for (const item of feed.items) {
      xml.ele("item");
      text(xml, "title", item.title);
      text(xml, "link", item.url);
      xml.ele("guid").att("isPermaLink", "false").txt(item.guid).up();
      text(xml, "pubDate", item.firstPublished.toUTCString());
      text(xml, "description", item.summary);
      for (const author of item.authors) xml.ele(DC_NS, "dc:creator").txt(author).up();
      for (const category of item.categories) text(xml, "category", category);
      if (item.image) {
        xml.ele(MEDIA_NS, "media:content").att({
          url: item.image.url,
          type: item.image.type,
          medium: "image",
          width: String(item.image.width),
          height: String(item.image.height),
        });
        if (item.image.description) xml.ele(MEDIA_NS, "media:description").txt(item.image.description).up();
        xml.up();
      }
      xml.up();
    }
    xml.up().up();
    yield;
  });
}

function text(xml: XmlWriter, name: string, value: string): void {
  xml.ele(name).txt(value).up();
}
