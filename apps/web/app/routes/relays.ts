import { getConnInfo } from "@hono/node-server/conninfo";
import { forwardedFor } from "@sahifa/api-client/forwarded-for";
import { isLocale } from "@sahifa/domain/locales";
import type { Context } from "hono";
import { loadBreaking } from "../data/breaking.ts";
import { loadLiveUpdates } from "../data/live-updates.ts";
import { relaySubscription } from "../live/sse-relay.ts";
import { BreakingSubscription, LiveUpdatesSubscription } from "../live/subscriptions.ts";
import type { ReaderDeps } from "./reader-deps.ts";

/*
 * Requests the reader's browser makes to the web origin and the API answers: media files, the
 * live feeds and the view beacon. Readers' pages need no second origin, and the API can stay private.
 */

/** Headers of a media file that the reader's browser needs, ranges included (video seeks). */
const MEDIA_HEADERS = [
  "content-type",
  "content-length",
  "content-range",
  "accept-ranges",
  "etag",
  "last-modified",
  "cache-control",
];

/** `/media/*`: the API's stored media, streamed through with range requests passed on. */
export async function relayMedia(c: Context, deps: ReaderDeps): Promise<Response> {
  const rest = c.req.path.slice("/media/".length);
  if (!rest || rest.split("/").some((segment) => segment === ".." || segment === "")) return c.notFound();
  const forwarded = new Headers({ accept: c.req.header("accept") ?? "*/*" });
  for (const name of ["range", "if-none-match", "if-modified-since", "if-range"]) {
    const value = c.req.header(name);
    if (value) forwarded.set(name, value);
  }
  const upstream = await fetch(new URL(`/media/${rest}`, deps.api.apiUrl), {
    headers: forwarded,
    signal: c.req.raw.signal,
  });
  if (![200, 206, 304, 416].includes(upstream.status)) return c.notFound();
  const headers = new Headers();
  for (const name of MEDIA_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  // Media files are immutable once stored.
  if (!headers.has("cache-control")) headers.set("cache-control", "public, max-age=31536000, immutable");
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers });
}

/** The ticker's live feed; `?list` answers the current items, which a page that reconnects fetches to fill the gap. */
export async function relayBreaking(c: Context, deps: ReaderDeps): Promise<Response> {
  const locale = c.req.param("locale");
  if (!isLocale(locale)) return c.notFound();
  if (c.req.query("list") !== undefined) {
    return c.json(await loadBreaking(deps.api, locale, 10), 200, { "cache-control": "no-store" });
  }
  return relaySubscription(deps.api.apiUrl, c.req.raw, BreakingSubscription, { locale });
}

/** A live story's feed; `?list` for catching up. */
export async function relayLiveUpdates(c: Context, deps: ReaderDeps): Promise<Response> {
  const locale = c.req.param("locale");
  const id = c.req.param("id") ?? "";
  if (!isLocale(locale) || !/^[1-9][0-9]{0,9}$/.test(id)) return c.notFound();
  if (c.req.query("list") !== undefined) {
    return c.json(await loadLiveUpdates(deps.api, locale, id), 200, { "cache-control": "no-store" });
  }
  return relaySubscription(deps.api.apiUrl, c.req.raw, LiveUpdatesSubscription, { articleId: id, locale });
}

/** The largest beacon body worth reading: `{"articleId":"…","locale":"…"}`. */
export const MAX_BEACON_BYTES = 256;

/**
 * The article page's view beacon, relayed to the API's POST /views. Only the body and the
 * User-Agent go on (the API drops bots by it); no cookie, no address.
 */
/** The address that connected to this server; none in-process (tests call `app.request`). */
function connectedAddress(c: Context): string | undefined {
  return c.env?.incoming ? getConnInfo(c).remote.address : undefined;
}

export async function relayView(c: Context, deps: ReaderDeps): Promise<Response> {
  const body = await c.req.text();
  const noStore = { "cache-control": "no-store" };
  try {
    const upstream = await fetch(new URL("/views", deps.api.apiUrl), {
      method: "POST",
      headers: {
        "content-type": "text/plain",
        "user-agent": c.req.header("user-agent") ?? "",
        // Most Read bounds views per reader, so the API must learn the reader's address, not ours.
        ...forwardedFor(c.req.header("x-forwarded-for"), connectedAddress(c)),
      },
      body,
    });
    return c.body(null, upstream.status === 400 ? 400 : 204, noStore);
  } catch {
    // Counting is best effort: a reader never sees an error for it.
    return c.body(null, 204, noStore);
  }
}

/** Feeds, sitemaps and robots.txt, which the API streams from the database under `/distribution`. */
export function isDistributionPath(path: string): boolean {
  return (
    path === "/robots.txt" ||
    path === "/sitemap.xml" ||
    /^\/sitemaps\/[^/]+\.xml$/.test(path) ||
    /^\/[a-z]{2}(\/.+)?\/(rss|atom)\.xml$/.test(path)
  );
}

const DISTRIBUTION_HEADERS = [
  "content-type",
  "cache-control",
  "etag",
  "last-modified",
  "xkey",
  "content-language",
];

/** Relays a feed, sitemap or robots.txt from the API, streamed; the API answers 404 for what names nothing. */
export async function relayDistribution(c: Context, deps: ReaderDeps): Promise<Response> {
  const forwarded = new Headers();
  for (const name of ["if-none-match", "if-modified-since"]) {
    const value = c.req.header(name);
    if (value) forwarded.set(name, value);
  }
  const upstream = await fetch(new URL(`/distribution${c.req.path}`, deps.api.apiUrl), {
    headers: forwarded,
    signal: c.req.raw.signal,
  });
  if (upstream.status === 404) return c.notFound();
  const headers = new Headers();
  for (const name of DISTRIBUTION_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers });
}
