import type { Database } from "@sahifa/db/database";
import { LOCALES } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import { surrogateKeys } from "../cache/surrogate-keys.ts";
import { atomFeed } from "./atom-feed.ts";
import {
  type DistributionRequest,
  distributionPaths,
  type FeedScope,
  publicUrl,
} from "./distribution-paths.ts";
import { loadFeedContent } from "./feed-content.ts";
import { rssFeed } from "./rss-feed.ts";
import { newsSitemap, robotsTxt, sitemapIndex, sitemapPage } from "./sitemaps.ts";

export interface DistributionOptions {
  db: Kysely<Database>;
  /** The reader site's origin: every URL in a feed or sitemap is absolute on it. */
  publicOrigin: string;
  now?: () => Date;
}

/** A feed, sitemap or robots.txt as distributionRoutes sends it. */
export interface RenderedDocument {
  contentType: string;
  body: ReadableStream<Uint8Array> | string;
  keys: string[];
}

/**
 * The document a distribution path asks for, or null when there is none. In a module of its own so
 * that distributionRoutes imports the writers with the first such request, not at start.
 */
export async function render(
  asked: DistributionRequest,
  options: DistributionOptions,
): Promise<RenderedDocument | null> {
  const { db, publicOrigin: origin } = options;
  const now = options.now?.() ?? new Date();
  switch (asked.kind) {
    case "robots":
      return {
        contentType: "text/plain; charset=utf-8",
        body: robotsTxt(origin),
        keys: LOCALES.map(surrogateKeys.front),
      };
    case "sitemapIndex":
      return {
        contentType: XML,
        body: await sitemapIndex(db, origin, now),
        keys: LOCALES.map(surrogateKeys.front),
      };
    case "sitemapPage": {
      const body = await sitemapPage(db, origin, asked.locale, asked.page);
      return body && { contentType: XML, body, keys: [surrogateKeys.front(asked.locale)] };
    }
    case "newsSitemap":
      return {
        contentType: XML,
        body: await newsSitemap(db, origin, asked.locale, now),
        keys: [surrogateKeys.front(asked.locale)],
      };
    case "feed": {
      const feed = await loadFeedContent(db, { locale: asked.locale, scope: asked.scope, origin, now });
      if (!feed) return null;
      const selfUrl = publicUrl(origin, distributionPaths.feed(asked.locale, asked.scope, asked.format));
      return asked.format === "rss"
        ? {
            contentType: "application/rss+xml; charset=utf-8",
            body: rssFeed(feed, selfUrl),
            keys: [feedKey(asked.locale, asked.scope)],
          }
        : {
            contentType: "application/atom+xml; charset=utf-8",
            body: atomFeed(feed, selfUrl),
            keys: [feedKey(asked.locale, asked.scope)],
          };
    }
  }
}

const XML = "application/xml; charset=utf-8";

function feedKey(locale: (typeof LOCALES)[number], scope: FeedScope): string {
  switch (scope.kind) {
    case "edition":
      return surrogateKeys.front(locale);
    case "section":
      return surrogateKeys.section(locale, scope.path.split("/").at(-1) ?? scope.path);
    default:
      return surrogateKeys[scope.kind](locale, scope.slug);
  }
}
