import type { Database } from "@sahifa/db/database";
import { type BlobInfo, findBlob, readBlob, readBlobRange } from "@sahifa/db/media/blobs";
import {
  findImageByHash,
  findImageByPath,
  findRendition,
  isServedBlob,
  storeRendition,
} from "@sahifa/db/media/library";
import { demoFileByHash } from "@sahifa/db/media-files";
import { negotiateLocale } from "@sahifa/domain/locales";
import {
  focalKey,
  MIME_TYPES,
  type ParsedRenditionPath,
  parseRenditionPath,
  type RenditionSpec,
  renditionPath,
  renditionsOf,
} from "@sahifa/domain/media";
import type { Kysely } from "kysely";
import parseRange from "range-parser";
import { type ImageWorkers, ImageWorkFailed } from "./image-workers.ts";
import { mediaMessage } from "./media-messages.ts";
import { json, type Responder } from "./media-upload.ts";

const VIDEO_PATH = /^\/media\/v\/([0-9a-f]{64})\.mp4$/;
const CAPTIONS_PATH = /^\/media\/c\/([0-9a-f]{64})\.vtt$/;

/** Whether this path is one of the uploaded media's URLs (renditions, videos, captions). */
export function isStoredMediaPath(pathname: string): boolean {
  return (
    pathname.startsWith("/media/i/") || pathname.startsWith("/media/v/") || pathname.startsWith("/media/c/")
  );
}

export const videoPath = (hash: string) => `/media/v/${hash}.mp4`;
export const captionsPath = (hash: string) => `/media/c/${hash}.vtt`;

// Each URL names its bytes for good (the content hash, crop, focal point, width, format): a year, immutable.
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Renditions being made in this process, so a burst of readers asking for the same
 * new one waits for one render. Across instances the first stored copy wins.
 */
const rendering = new Map<string, Promise<string | null>>();

export async function serveStoredMedia(
  request: Request,
  pathname: string,
  db: Kysely<Database>,
  Response: Responder,
  imageWorkers: ImageWorkers,
) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Method not allowed", { status: 405, headers: { allow: "GET, HEAD" } });
  }
  const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  const video = VIDEO_PATH.exec(pathname);
  if (video?.[1]) {
    const hash = video[1];
    if (!(await isServedBlob(db, hash, "video"))) return notFound();
    const blob = await findBlob(db, hash);
    return blob ? sendBlob(request, db, blob, "video/mp4", Response) : notFound();
  }
  const captions = CAPTIONS_PATH.exec(pathname);
  if (captions?.[1]) {
    const hash = captions[1];
    if (!(await isServedBlob(db, hash, "caption"))) return notFound();
    const blob = await findBlob(db, hash);
    return blob ? sendBlob(request, db, blob, "text/vtt; charset=utf-8", Response) : notFound();
  }
  const parsed = parseRenditionPath(pathname);
  if (!parsed) return notFound();
  const stored = await findRendition(db, pathname);
  if (stored) return sendBlob(request, db, stored, MIME_TYPES[parsed.format], Response, stored.bytes);
  let hash: Awaited<ReturnType<typeof renditionOnce>>;
  try {
    hash = await renditionOnce(db, pathname, parsed, imageWorkers);
  } catch (error) {
    if (!(error instanceof ImageWorkFailed)) throw error;
    // Nothing was stored, so the next request for this URL makes it again.
    const locale = negotiateLocale(request.headers.get("accept-language"));
    return json(
      Response,
      503,
      { error: { code: "IMAGE_WORK_FAILED", message: mediaMessage(locale, { key: "renditionNotMade" }) } },
      { "retry-after": "5" },
    );
  }
  if (typeof hash === "object" && hash !== null) {
    // The focal point moved since this URL was written: the current crop of the same size stands in.
    return new Response(null, {
      status: 302,
      headers: { location: hash.redirect, "cache-control": "no-store" },
    });
  }
  const blob = hash ? await findBlob(db, hash) : null;
  return blob ? sendBlob(request, db, blob, MIME_TYPES[parsed.format], Response) : notFound();
}

async function renditionOnce(
  db: Kysely<Database>,
  pathname: string,
  parsed: ParsedRenditionPath,
  imageWorkers: ImageWorkers,
): Promise<string | null | { redirect: string }> {
  const upload = await findImageByHash(db, parsed.hash);
  const demo = upload ? null : demoFileByHash(parsed.hash);
  const image = upload ?? (demo ? await findImageByPath(db, demo.urlPath) : null);
  if (!image) return null;
  const spec = offered(image, parsed);
  if (!spec) return null;
  if (parsed.focal && focalKey(parsed.focal) !== focalKey(image.focal)) {
    return { redirect: renditionPath(parsed.hash, spec, image.focal) };
  }
  let job = rendering.get(pathname);
  if (!job) {
    job = (async () => {
      const size = { width: image.width, height: image.height };
      let bytes: Uint8Array;
      if (demo) {
        bytes = await imageWorkers.renderDrawingRendition(demo.filePath, size, spec, image.focal);
      } else {
        const master = await readMaster(db, parsed.hash);
        if (!master) return null;
        bytes = await imageWorkers.renderRendition(master, size, spec, image.focal);
      }
      return storeRendition(db, pathname, bytes, MIME_TYPES[spec.format]);
    })().finally(() => rendering.delete(pathname));
    rendering.set(pathname, job);
  }
  return job;
}

async function readMaster(db: Kysely<Database>, hash: string) {
  const blob = await findBlob(db, hash);
  return blob ? readBlob(db, blob) : null;
}

/** The spec the URL asks for when it is one the image offers (fixed widths only: no resizing on demand). */
function offered(
  image: { width: number; height: number; focal: { x: number; y: number } },
  parsed: ParsedRenditionPath,
): RenditionSpec | null {
  return (
    renditionsOf(image, parsed.crop, image.focal).find(
      (spec) => spec.width === parsed.width && spec.format === parsed.format,
    ) ?? null
  );
}

async function sendBlob(
  request: Request,
  db: Kysely<Database>,
  blob: BlobInfo,
  contentType: string,
  Response: Responder,
  /** The whole blob, when the caller already read it. */
  bytes: Uint8Array | null = null,
): Promise<Response> {
  const etag = `"${blob.hash}"`;
  const headers: Record<string, string> = {
    "content-type": contentType,
    "cache-control": IMMUTABLE,
    etag,
    "last-modified": blob.createdAt.toUTCString(),
    "accept-ranges": "bytes",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    "cross-origin-resource-policy": "cross-origin",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  let start = 0;
  let end = blob.size - 1;
  let status = 200;
  const range = request.headers.get("range");
  // A Range with If-Range naming another version gets the whole file; ours never changes, so only ETags match.
  const ifRange = request.headers.get("if-range");
  if (range && (!ifRange || ifRange === etag)) {
    const ranges = parseRange(blob.size, range, { combine: true });
    if (ranges === -1) {
      return new Response(null, {
        status: 416,
        headers: { ...headers, "content-range": `bytes */${blob.size}` },
      });
    }
    // Several ranges at once (multipart/byteranges) are rare for media players: serve the first.
    if (ranges !== -2 && ranges.type === "bytes" && ranges[0]) {
      start = ranges[0].start;
      end = ranges[0].end;
      status = 206;
      headers["content-range"] = `bytes ${start}-${end}/${blob.size}`;
    }
  }
  headers["content-length"] = String(end - start + 1);
  if (request.method === "HEAD") return new Response(null, { status, headers });
  if (bytes) return new Response(bytes.slice(start, end + 1), { status, headers });
  const parts = readBlobRange(db, blob, start, end);
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await parts.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await parts.return(undefined);
    },
  });
  return new Response(body, { status, headers });
}
