import type { Plugin } from "graphql-yoga";
import { SURROGATE_KEY_HEADER } from "../cache/surrogate-keys.ts";
import type { DistributionOptions } from "./distribution-documents.ts";
import { DISTRIBUTION_PREFIX, parseDistributionPath } from "./distribution-paths.ts";

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
      // The feed and sitemap writers (and their XML builder) load with the first such request.
      const document = asked
        ? await (await import("./distribution-documents.ts")).render(asked, options)
        : null;
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
