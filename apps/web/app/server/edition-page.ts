import { isLocale, type Locale } from "@sahifa/domain/locales";
import type { Context } from "hono";
import { loadBreaking } from "../data/breaking.ts";
import type { BreakingItemView } from "../model/edition.ts";
import { notFound } from "../routes/page-error.ts";
import type { PageResponse } from "../routes/page-response.ts";
import type { ReaderDeps } from "../routes/reader-deps.ts";
import { type ReaderPage, renderReaderPage } from "./reader-page.tsx";

/** Reader pages may be kept briefly by a shared cache; a publish purges the keys it changed. */
export const READER_PAGE_CACHE = "public, max-age=30, stale-while-revalidate=300";

/** Marks, in the environment of a request the app makes to itself, a page asked for as lite. */
const LITE_REQUEST = "sahifaLitePage";

/** The environment for rendering a lite page: the request's own, marked (see `serveLitePage`). */
export function liteEnvironment(env: unknown): Record<string, unknown> {
  return { ...(env as Record<string, unknown> | undefined), [LITE_REQUEST]: true };
}

function isLiteRequest(c: Context): boolean {
  return (c.env as Record<string, unknown> | undefined)?.[LITE_REQUEST] === true;
}

/** The edition named by a URL's first segment, or a 404. */
export function editionOf(raw: string | undefined): Locale {
  if (!isLocale(raw)) throw notFound();
  return raw;
}

/** A page's surrogate keys: every page of an edition shows its ticker, so each carries `edition-{locale}`. */
export function surrogateKeys(locale: Locale, keys: readonly string[] = []): string {
  return [`edition-${locale}`, ...keys].join(" ");
}

/** An edition's ticker items, asked for while the page's own data loads. */
export interface TickerLoad {
  locale: Locale;
  items: Promise<BreakingItemView[]>;
}

/**
 * Starts loading the ticker of the edition a URL names (its first segment), so that its API
 * round trip runs beside the page's rather than after it; undefined for a URL of no edition.
 */
export function startTicker(deps: ReaderDeps, rawLocale: string | undefined): TickerLoad | undefined {
  if (!isLocale(rawLocale)) return undefined;
  return { locale: rawLocale, items: loadBreaking(deps.api, rawLocale) };
}

/**
 * Renders a page in its edition's frame (header with live ticker, footer) and answers it;
 * `ticker` is the edition's ticker if already asked for (see `startTicker`).
 */
export async function respondWithPage(
  c: Context,
  deps: ReaderDeps,
  page: PageResponse | Response,
  ticker?: TickerLoad,
): Promise<Response> {
  if (page instanceof Response) return page;
  const html = renderReaderPage(
    { ...(await inEditionFrame(deps, page, ticker)), lite: isLiteRequest(c) },
    deps.assets,
  );
  return c.body(utf8(html), (page.status ?? 200) as 200, {
    "Content-Type": "text/html; charset=UTF-8",
    "Cache-Control": page.cacheControl ?? READER_PAGE_CACHE,
    // The app gzips pages for clients that ask (reader-app.tsx), so every page varies by
    // Accept-Encoding: said as the page is made, not added to the finished response (088).
    Vary: "Accept-Encoding",
    xkey: surrogateKeys(page.locale, page.keys),
  });
}

const encoder = new TextEncoder();

/**
 * A page's HTML as UTF-8 bytes, encoded in one pass: a string body is measured for its
 * Content-Length and then encoded again as it is written, where bytes carry their length.
 * Three bytes per UTF-16 unit always suffice (the bound `TextEncoder.encodeInto` documents).
 */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.allocUnsafe(text.length * 3);
  const { written } = encoder.encodeInto(text, bytes);
  return bytes.subarray(0, written);
}

/** A route's page with what its edition's frame shows around it: the live ticker, the year, the switcher. */
export async function inEditionFrame(
  deps: ReaderDeps,
  page: PageResponse,
  ticker?: TickerLoad,
): Promise<ReaderPage> {
  const breaking =
    ticker?.locale === page.locale ? await ticker.items : await loadBreaking(deps.api, page.locale);
  return {
    chrome: {
      locale: page.locale,
      breaking,
      timeZone: deps.api.timeZone,
      path: page.path,
      year: deps.now().getUTCFullYear(),
      renderedAt: deps.now().getTime(),
      switcherTargets: page.switcherTargets ?? {},
    },
    head: page.head,
    content: page.content,
  };
}
