import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { resources } from "@sahifa/i18n/resources";
import type { FeedContent } from "./feed-content.ts";
import { xmlDocument } from "./xml-stream.ts";

/** Atom (RFC 4287; dates in RFC 3339 form). The feed's author is the newsroom, for entries without a byline. */
export function atomFeed(feed: FeedContent, selfUrl: string): ReadableStream<Uint8Array> {
  return xmlDocument({
    feed: {
      "@xmlns": "http://www.w3.org/2005/Atom",
      "@xml:lang": LOCALE_CONFIG[feed.locale].hreflang,
      id: selfUrl,
      title: feed.title,
      subtitle: feed.description,
      updated: feed.updated.toISOString(),
      link: [
        { "@rel": "self", "@type": "application/atom+xml", "@href": selfUrl },
        { "@rel": "alternate", "@type": "text/html", "@href": feed.pageUrl },
      ],
      author: { name: resources[feed.locale].common.brand },
      entry: feed.items.map((item) => ({
        id: item.guid,
        title: item.title,
        link: [
          { "@rel": "alternate", "@type": "text/html", "@href": item.url },
          ...(item.image ? [{ "@rel": "enclosure", "@type": item.image.type, "@href": item.image.url }] : []),
        ],
        published: item.firstPublished.toISOString(),
        updated: item.updated.toISOString(),
        summary: item.summary,
        author: item.authors.map((name) => ({ name })),
        category: item.categories.map((term) => ({ "@term": term })),
      })),
    },
  });
}
