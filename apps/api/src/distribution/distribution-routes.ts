import type { Database } from "@sahifa/db/database";
import { LOCALES } from "@sahifa/domain/locales";
import type { Plugin } from "graphql-yoga";
import type { Kysely } from "kysely";
import { SURROGATE_KEY_HEADER, surrogateKeys } from "../cache/surrogate-keys.ts";
import { atomFeed } from "./atom-feed.ts";
import {
  DISTRIBUTION_PREFIX,
  type DistributionRequest,
  distributionPaths,
  type FeedScope,
  parseDistributionPath,
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

/** Five minutes fresh, then served stale while refetched: a purge on publish makes it fresh sooner behind Varnish. */
const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=60";

/**
 * Feeds, sitemaps and robots.txt under /distribution, generated from the
 * database on request (only published translations ever reach them). The
 * web app relays these paths, without the prefix, on the reader origin.
 */
export function distributionRoutes(options: DistributionOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(`${DISTRIBUTION_PREFIX}/`)) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(
          new fetchAPI.Response("Method not allowed", { status: 405, headers: { allow: "GET, HEAD" } }),
        );
        return;
      }
      const asked = parseDistributionPath(url.pathname.slice(DISTRIBUTION_PREFIX.length));
      const document = asked ? await render(asked, options) : null;
      if (!document) {
        endResponse(
          new fetchAPI.Response("Not found", {
            status: 404,
            headers: { "content-type": "text/plain; charset=utf-8" },
          }),
        );
        return;
      }
      const headers = {
        "content-type": document.contentType,
        "cache-control": CACHE_CONTROL,
        [SURROGATE_KEY_HEADER]: document.keys.join(" "),
        "x-content-type-options": "nosniff",
      };
      if (request.method === "HEAD") {
        if (typeof document.body !== "string") await document.body.cancel();
        endResponse(new fetchAPI.Response(null, { status: 200, headers }));
        return;
      }
      endResponse(new fetchAPI.Response(document.body, { status: 200, headers }));
    },
  };
}

interface RenderedDocument {
  contentType: string;
  body: ReadableStream<Uint8Array> | string;
  keys: string[];
}

async function render(
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
