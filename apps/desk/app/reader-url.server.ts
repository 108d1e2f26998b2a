import { env } from "./env.server.ts";

/**
 * A reader page's absolute URL on the reader editions' origin (READER_URL). The API gives raw
 * site-relative paths (an Arabic slug in Arabic script); each segment is percent-encoded here.
 */
export function readerUrl(rawPath: string, origin: string = env.READER_URL): string {
  const path = rawPath
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
  // Set as the path (not resolved against the origin), so "//host/…" cannot name another site.
  const url = new URL(origin);
  url.pathname = path;
  return url.href;
}
