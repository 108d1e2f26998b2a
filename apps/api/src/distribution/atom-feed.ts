import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { resources } from "@sahifa/i18n/resources";
import type { FeedContent } from "./feed-content.ts";
import { type XmlWriter, xmlStream } from "./xml-stream.ts";

const ATOM_NS = "http://www.w3.org/2005/Atom";

/** Atom (RFC 4287; dates in RFC 3339 form). The feed's author is the newsroom, for entries without a byline. */
export function atomFeed(feed: FeedContent, selfUrl: string): ReadableStream<Uint8Array> {
  return xmlStream(async function* (xml) {
    xml.ele(ATOM_NS, "feed").att("xml:lang", LOCALE_CONFIG[feed.locale].hreflang);
    text(xml, "id", selfUrl);
    text(xml, "title", feed.title);
    text(xml, "subtitle", feed.description);
    text(xml, "updated", feed.updated.toISOString());
    xml.ele(ATOM_NS, "link").att({ rel: "self", type: "application/atom+xml", href: selfUrl }).up();
    xml.ele(ATOM_NS, "link").att({ rel: "alternate", type: "text/html", href: feed.pageUrl }).up();
    xml.ele(ATOM_NS, "author");
    text(xml, "name", resources[feed.locale].common.brand);
    xml.up();
    for (const item of feed.items) {
      xml.ele(ATOM_NS, "entry");
      text(xml, "id", item.guid);
      text(xml, "title", item.title);
      xml.ele(ATOM_NS, "link").att({ rel: "alternate", type: "text/html", href: item.url }).up();
      text(xml, "published", item.firstPublished.toISOString());
      text(xml, "updated", item.updated.toISOString());
      text(xml, "summary", item.summary);
      for (const author of item.authors) {
        xml.ele(ATOM_NS, "author");
        text(xml, "name", author);
        xml.up();
      }
      for (const category of item.categories) xml.ele(ATOM_NS, "category").att("term", category).up();
      if (item.image) {
        xml.ele(ATOM_NS, "link").att({ rel: "enclosure", type: item.image.type, href: item.image.url }).up();
      }
      xml.up();
    }
    xml.up();
    yield;
  });
}

function text(xml: XmlWriter, name: string, value: string): void {
  xml.ele(ATOM_NS, name).txt(value).up();
}
