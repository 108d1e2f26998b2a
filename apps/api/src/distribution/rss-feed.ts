import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import type { FeedContent } from "./feed-content.ts";
import { xmlDocument } from "./xml-stream.ts";

/**
 * RSS 2.0 (dates in RFC 822 form). Bylines go in `dc:creator`, since RSS's
 * own `author` must be an e-mail address; the lead image in `media:content`,
 * since `enclosure` requires a byte length we do not keep.
 */
export function rssFeed(feed: FeedContent, selfUrl: string): ReadableStream<Uint8Array> {
  return xmlDocument({
    rss: {
      "@version": "2.0",
      "@xmlns:atom": "http://www.w3.org/2005/Atom",
      "@xmlns:dc": "http://purl.org/dc/elements/1.1/",
      "@xmlns:media": "http://search.yahoo.com/mrss/",
      channel: {
        title: feed.title,
        link: feed.pageUrl,
        description: feed.description,
        language: LOCALE_CONFIG[feed.locale].hreflang,
        lastBuildDate: feed.updated.toUTCString(),
        "atom:link": { "@href": selfUrl, "@rel": "self", "@type": "application/rss+xml" },
        item: feed.items.map((item) => ({
          title: item.title,
          link: item.url,
          guid: { "@isPermaLink": "false", "#text": item.guid },
          pubDate: item.firstPublished.toUTCString(),
          description: item.summary,
          "dc:creator": item.authors,
          category: item.categories,
          ...(item.image
            ? {
                "media:content": {
                  "@url": item.image.url,
                  "@type": item.image.type,
                  "@medium": "image",
                  "@width": String(item.image.width),
                  "@height": String(item.image.height),
                  ...(item.image.description ? { "media:description": item.image.description } : {}),
                },
              }
            : {}),
        })),
      },
    },
  });
}
