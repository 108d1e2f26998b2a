/**
 * The web server's environment, read and validated once (STYLE.md rule 7).
 * Only server modules import this file: the `.server` suffix keeps it out of the browser bundle.
 */

export interface WebEnv {
  /** GraphQL endpoint of the API the route loaders query. */
  apiUrl: URL;
  /** Public origin used for canonical, hreflang and Open Graph URLs; the request's origin when unset. */
  publicOrigin: string | null;
  /**
   * How long the server keeps an API answer for reader pages (seconds, 0 = never). Every
   * anonymous reader sees the same data, so a few seconds turn a burst of requests for a
   * popular article into one API round trip; the CDN in front caches longer (DESIGN).
   */
  readerCacheSeconds: number;
}

export function readEnv(source: Record<string, string | undefined> = process.env): WebEnv {
  const rawApi = source.API_URL?.trim() || "http://localhost:4000/graphql";
  let apiUrl: URL;
  try {
    apiUrl = new URL(rawApi);
  } catch {
    throw new Error(`API_URL must be an absolute http(s) URL, got "${rawApi}"`);
  }
  if (apiUrl.protocol !== "http:" && apiUrl.protocol !== "https:") {
    throw new Error(`API_URL must use http or https, got "${apiUrl.protocol}"`);
  }
  const rawOrigin = source.PUBLIC_ORIGIN?.trim();
  let publicOrigin: string | null = null;
  if (rawOrigin) {
    try {
      publicOrigin = new URL(rawOrigin).origin;
    } catch {
      throw new Error(
        `PUBLIC_ORIGIN must be an absolute URL such as https://sahifa.example, got "${rawOrigin}"`,
      );
    }
  }
  const rawCache = source.READER_CACHE_SECONDS?.trim() || "5";
  const readerCacheSeconds = Number(rawCache);
  if (!Number.isFinite(readerCacheSeconds) || readerCacheSeconds < 0 || readerCacheSeconds > 3600) {
    throw new Error(`READER_CACHE_SECONDS must be a number of seconds from 0 to 3600, got "${rawCache}"`);
  }
  return { apiUrl, publicOrigin, readerCacheSeconds };
}

export const env: WebEnv = readEnv();

/** Origin for absolute URLs: PUBLIC_ORIGIN when set (behind a proxy or CDN), else the request's own. */
export function originOf(url: URL): string {
  return env.publicOrigin ?? url.origin;
}
