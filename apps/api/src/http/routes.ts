import { readFile, stat } from "node:fs/promises";
import type { Database } from "@sahifa/db/database";
import { MEDIA_URL_PREFIX, resolveMediaFile } from "@sahifa/db/media-files";
import type { Plugin } from "graphql-yoga";
import { type Kysely, sql } from "kysely";
import parseRange from "range-parser";
import type { ImageWorkers } from "../media/image-workers.ts";
import { CAPTIONS_UPLOAD_PATH, handleCaptionsUpload } from "../media/media-captions.ts";
import { isStoredMediaPath, serveStoredMedia } from "../media/media-serving.ts";
import { handleUpload, UPLOAD_PATH } from "../media/media-upload.ts";
import { OUTAGE_RETRY_AFTER_SECONDS } from "./database-outage.ts";

/**
 * Plain HTTP routes served beside /graphql by the same yoga app, so
 * `yoga.fetch` exercises them in tests exactly as the listener does.
 */
export function httpRoutes(options: {
  db: Kysely<Database>;
  maxBodyBytes: number;
  imageWorkers: ImageWorkers;
}): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      // Uploads carry files far above the GraphQL body limit and bound their own size while streaming.
      if (url.pathname === UPLOAD_PATH) {
        endResponse(await handleUpload(request, options.db, fetchAPI.Response, options.imageWorkers));
        return;
      }
      const captions = CAPTIONS_UPLOAD_PATH.exec(url.pathname);
      if (captions) {
        endResponse(await handleCaptionsUpload(request, captions, options.db, fetchAPI.Response));
        return;
      }
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > options.maxBodyBytes) {
        endResponse(new fetchAPI.Response("Request body too large", { status: 413 }));
        return;
      }
      if (url.pathname === "/healthz") {
        endResponse(await health(options.db, fetchAPI.Response));
      } else if (isStoredMediaPath(url.pathname)) {
        endResponse(
          await serveStoredMedia(request, url.pathname, options.db, fetchAPI.Response, options.imageWorkers),
        );
      } else if (url.pathname.startsWith(MEDIA_URL_PREFIX)) {
        endResponse(await media(request, url.pathname, fetchAPI.Response));
      } else if (url.pathname === "/") {
        endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: "/graphql" } }));
      }
    },
  };
}

/** 200 only when the database answers `select 1`: a load balancer must not route to an API that cannot read. */
async function health(db: Kysely<Database>, Response: typeof globalThis.Response): Promise<Response> {
  const headers = { "content-type": "application/json", "cache-control": "no-store" };
  try {
    await sql`select 1`.execute(db);
    return new Response(JSON.stringify({ status: "ok" }), { status: 200, headers });
  } catch {
    return new Response(JSON.stringify({ status: "unavailable" }), {
      status: 503,
      headers: { ...headers, "retry-after": String(OUTAGE_RETRY_AFTER_SECONDS) },
    });
  }
}

async function media(
  request: Request,
  pathname: string,
  Response: typeof globalThis.Response,
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Method not allowed", { status: 405, headers: { allow: "GET, HEAD" } });
  }
  // resolveMediaFile accepts one plain file name only: "..", slashes and encoded slashes never leave the media directory.
  const file = resolveMediaFile(pathname);
  if (!file) return new Response("Not found", { status: 404 });
  const info = await stat(file.filePath);
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    "content-type": file.contentType,
    "content-length": String(info.size),
    // Media files are immutable once written; a day lets CDNs carry them, the ETag revalidates after.
    "cache-control": "public, max-age=86400",
    etag,
    "last-modified": info.mtime.toUTCString(),
    "accept-ranges": "bytes",
    "x-content-type-options": "nosniff",
    // SVG may carry script: never run it, even if opened directly.
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  // A video player seeks (and Chromium starts) with byte ranges.
  const range = request.headers.get("range");
  const ifRange = request.headers.get("if-range");
  if (range && (!ifRange || ifRange === etag)) {
    const ranges = parseRange(info.size, range, { combine: true });
    if (ranges === -1) {
      return new Response(null, {
        status: 416,
        headers: { ...headers, "content-range": `bytes */${info.size}` },
      });
    }
    const first = ranges !== -2 && ranges.type === "bytes" ? ranges[0] : undefined;
    if (first) {
      const partial = {
        ...headers,
        "content-length": String(first.end - first.start + 1),
        "content-range": `bytes ${first.start}-${first.end}/${info.size}`,
      };
      if (request.method === "HEAD") return new Response(null, { status: 206, headers: partial });
      const bytes = (await readFile(file.filePath)).subarray(first.start, first.end + 1);
      return new Response(bytes, { status: 206, headers: partial });
    }
  }
  if (request.method === "HEAD") return new Response(null, { status: 200, headers });
  return new Response(await readFile(file.filePath), { status: 200, headers });
}
