import { once } from "node:events";
import type { Database } from "@sahifa/db/database";
import { type MediaTextInput, storeImage, storeVideo } from "@sahifa/db/media/library";
import { isLocale, type Locale, negotiateLocale } from "@sahifa/domain/locales";
import { MEDIA_LIMITS, normaliseFocal } from "@sahifa/domain/media";
import { can } from "@sahifa/domain/permissions";
import busboy from "busboy";
import type { Kysely } from "kysely";
import { authenticate } from "../auth/authenticate.ts";
import { tokenFromRequest } from "../auth/session-cookie.ts";
import type { Viewer } from "../auth/viewer.ts";
import { CSRF_HEADER } from "../http/csrf-header.ts";
import { type ImageWorkers, ImageWorkFailed } from "./image-workers.ts";
import { type MediaMessage, mediaMessage } from "./media-messages.ts";
import type { PreparedImage } from "./prepare-image.ts";
import { probeVideo, SNIFF_BYTES, type Sniffed, sniff } from "./probe-upload.ts";

/** Where the desk posts files: multipart/form-data (docs/architecture/041-media-upload-endpoint.md). */
export const UPLOAD_PATH = "/media/upload";

const MB = 1024 * 1024;
/** The largest body an upload may declare: a video, its poster and the text fields. */
export const MAX_UPLOAD_BODY = MEDIA_LIMITS.videoBytes + MEDIA_LIMITS.imageBytes + MB;
const TEXT_FIELDS = ["locale", "alt", "caption", "credit", "focalX", "focalY"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export interface Refusal {
  status: number;
  code: string;
  message: MediaMessage;
}

export type Responder = typeof globalThis.Response;

export function json(Response: Responder, status: number, body: unknown, extra: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...extra },
  });
}

export function refuse(Response: Responder, locale: Locale, refusal: Refusal) {
  return json(
    Response,
    refusal.status,
    { error: { code: refusal.code, message: mediaMessage(locale, refusal.message) } },
    // The rest of a refused body is not read: the connection cannot carry another request.
    refusal.status === 413 || refusal.status === 415 ? { connection: "close" } : {},
  );
}

/**
 * The signed-in desk user for a media write, or why not. Uploads are plain
 * HTTP, so CSRF is checked here as useCSRFPrevention does for /graphql: a
 * cookie alone is not enough, the request must also carry the CSRF header.
 */
export async function mediaWriter(
  request: Request,
  db: Kysely<Database>,
): Promise<NonNullable<Viewer["user"]> | Refusal> {
  const carried = tokenFromRequest(request);
  if (carried?.from === "cookie" && !request.headers.has(CSRF_HEADER)) {
    return { status: 403, code: "CSRF", message: { key: "csrf", values: { header: CSRF_HEADER } } };
  }
  const viewer = await authenticate(request, db, new Date());
  if (viewer.user) return viewer.user;
  return viewer.session?.state === "stale"
    ? { status: 401, code: "SESSION_EXPIRED", message: { key: "sessionExpired" } }
    : { status: 401, code: "UNAUTHENTICATED", message: { key: "signIn" } };
}

interface FilePart {
  sniffed: Sniffed;
  bytes: Uint8Array;
  /** The name on the uploader's disk, as the browser gave it (no folders). */
  fileName: string | null;
}

/** The file's own name from a part's filename: folders some browsers send are dropped, length bounded. */
export function uploadedFileName(filename: string | undefined): string | null {
  const name = filename?.split(/[\\/]/).at(-1)?.trim().slice(0, 255) ?? "";
  return name === "" ? null : name;
}

interface ParsedForm {
  file: FilePart | null;
  poster: FilePart | null;
  fields: Partial<Record<TextField, string>>;
}

const tooLarge = (kind: "image" | "video"): Refusal => ({
  status: 413,
  code: "TOO_LARGE",
  message:
    kind === "image"
      ? { key: "imageTooLarge", values: { count: MEDIA_LIMITS.imageBytes / MB } }
      : { key: "videoTooLarge", values: { count: MEDIA_LIMITS.videoBytes / MB } },
});
const unsupported: Refusal = { status: 415, code: "UNSUPPORTED_TYPE", message: { key: "unsupportedType" } };

/**
 * Reads the multipart body as it streams: each file's type is decided from its
 * first bytes and its size is counted as it arrives, so a wrong type or an
 * oversized file is refused without reading the rest.
 */
function parseForm(request: Request): Promise<ParsedForm | Refusal> {
  return new Promise((resolve) => {
    const form: ParsedForm = { file: null, poster: null, fields: {} };
    let settled = false;
    let pending = 0;
    let ended = false;
    const reader = request.body?.getReader();
    const finish = (result: ParsedForm | Refusal) => {
      if (settled) return;
      settled = true;
      // A refusal reads no further: the rest of the body is never buffered.
      if (!("fields" in result)) void reader?.cancel().catch(() => {});
      resolve(result);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": request.headers.get("content-type") ?? "" },
        limits: { files: 2, fields: TEXT_FIELDS.length, fieldSize: 4096, parts: TEXT_FIELDS.length + 2 },
      });
    } catch {
      resolve({ status: 400, code: "NO_FILE", message: { key: "noFile" } });
      return;
    }
    parser.on("field", (name, value) => {
      if (!(TEXT_FIELDS as readonly string[]).includes(name)) {
        finish({
          status: 400,
          code: "UNEXPECTED_FIELD",
          message: { key: "unexpectedField", values: { field: name } },
        });
        return;
      }
      form.fields[name as TextField] = value;
    });
    parser.on("file", (name, stream, info) => {
      if ((name !== "file" && name !== "poster") || form[name]) {
        stream.resume();
        finish({
          status: 400,
          code: "UNEXPECTED_FIELD",
          message: { key: "unexpectedField", values: { field: name } },
        });
        return;
      }
      pending++;
      const chunks: Buffer[] = [];
      let size = 0;
      let sniffed: Sniffed | undefined;
      let limit = name === "poster" ? MEDIA_LIMITS.imageBytes : MEDIA_LIMITS.videoBytes;
      let sniffing = Promise.resolve();
      stream.on("data", (chunk: Buffer) => {
        if (settled) return;
        chunks.push(chunk);
        size += chunk.byteLength;
        if (sniffed === undefined && size >= SNIFF_BYTES) {
          sniffed = null;
          sniffing = sniff(Buffer.concat(chunks)).then((type) => {
            sniffed = type;
            if (!type || (name === "poster" && type.kind !== "image")) {
              finish(
                name === "poster" ? { ...unsupported, message: { key: "posterNotImage" } } : unsupported,
              );
            } else if (type.kind === "image") {
              limit = MEDIA_LIMITS.imageBytes;
              if (size > limit) finish(tooLarge("image"));
            }
          });
        }
        if (size > limit)
          finish(tooLarge(sniffed?.kind === "image" || name === "poster" ? "image" : "video"));
      });
      stream.on("end", async () => {
        // A browser sends an empty part for a file input left empty (the poster of an image): not a file.
        if (size === 0) {
          pending--;
          if (ended && pending === 0) finish(form);
          return;
        }
        if (sniffed === undefined) sniffed = await sniff(Buffer.concat(chunks));
        await sniffing;
        pending--;
        if (settled) return;
        if (!sniffed || (name === "poster" && sniffed.kind !== "image")) {
          finish(name === "poster" ? { ...unsupported, message: { key: "posterNotImage" } } : unsupported);
          return;
        }
        form[name] = { sniffed, bytes: Buffer.concat(chunks), fileName: uploadedFileName(info.filename) };
        if (ended && pending === 0) finish(form);
      });
    });
    parser.on("partsLimit", () =>
      finish({
        status: 400,
        code: "UNEXPECTED_FIELD",
        message: { key: "unexpectedField", values: { field: "…" } },
      }),
    );
    parser.on("error", () => finish({ status: 400, code: "NO_FILE", message: { key: "noFile" } }));
    parser.on("close", () => {
      ended = true;
      if (pending === 0) finish(form);
    });
    if (!reader) {
      finish({ status: 400, code: "NO_FILE", message: { key: "noFile" } });
      return;
    }
    // The request body is a Fetch stream (whatever the server adapter made of it): fed to busboy by hand, with backpressure.
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done || settled) break;
          if (!parser.write(value)) await once(parser, "drain");
        }
        parser.end();
      } catch {
        finish({ status: 400, code: "NO_FILE", message: { key: "noFile" } });
      }
    })();
  });
}

function invalidText(fields: ParsedForm["fields"], kind: "image" | "video"): Refusal | null {
  const alt = fields.alt?.trim() ?? "";
  const invalid = (message: MediaMessage): Refusal => ({ status: 400, code: "INVALID", message });
  if (kind === "image" && !alt) return invalid({ key: "altRequired" });
  if (alt.length > MEDIA_LIMITS.alt)
    return invalid({ key: "altTooLong", values: { count: MEDIA_LIMITS.alt } });
  if ((fields.caption?.trim().length ?? 0) > MEDIA_LIMITS.caption)
    return invalid({ key: "captionTooLong", values: { count: MEDIA_LIMITS.caption } });
  if ((fields.credit?.trim().length ?? 0) > MEDIA_LIMITS.credit)
    return invalid({ key: "creditTooLong", values: { count: MEDIA_LIMITS.credit } });
  return null;
}

/** POST /media/upload: checks, then stores the file (and a video's poster) in one transaction, or nothing. */
export async function handleUpload(
  request: Request,
  db: Kysely<Database>,
  Response: Responder,
  imageWorkers: ImageWorkers,
): Promise<Response> {
  const asked = negotiateLocale(request.headers.get("accept-language"));
  if (request.method !== "POST")
    return new Response("Method not allowed", { status: 405, headers: { allow: "POST" } });
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (!Number.isFinite(declared))
    return refuse(Response, asked, {
      status: 411,
      code: "LENGTH_REQUIRED",
      message: { key: "contentLengthRequired" },
    });
  const user = await mediaWriter(request, db);
  if ("status" in user) return refuse(Response, asked, user);
  if (!can(user, "uploadMedia")) {
    return refuse(Response, asked, { status: 403, code: "FORBIDDEN", message: { key: "forbiddenUpload" } });
  }
  if (declared > MAX_UPLOAD_BODY) return refuse(Response, asked, tooLarge("video"));

  const form = await parseForm(request);
  if ("status" in form) return refuse(Response, asked, form);
  const { file, poster, fields } = form;
  if (!file?.sniffed)
    return refuse(Response, asked, { status: 400, code: "NO_FILE", message: { key: "noFile" } });
  const locale = fields.locale ?? asked;
  if (!isLocale(locale)) {
    return refuse(Response, asked, {
      status: 400,
      code: "INVALID",
      message: { key: "unknownLocale", values: { locale } },
    });
  }
  if (!can(user, "editMediaText", locale)) {
    return refuse(Response, asked, {
      status: 403,
      code: "FORBIDDEN",
      message: { key: "forbidden", values: { locale } },
    });
  }
  if (poster && file.sniffed.kind !== "video") {
    return refuse(Response, asked, { status: 400, code: "INVALID", message: { key: "posterOnlyForVideo" } });
  }
  const textProblem = invalidText(fields, file.sniffed.kind);
  if (textProblem) return refuse(Response, asked, textProblem);
  let focal: { x: number; y: number } | undefined;
  if (fields.focalX !== undefined || fields.focalY !== undefined) {
    const parsed = normaliseFocal({ x: Number(fields.focalX ?? 0.5), y: Number(fields.focalY ?? 0.5) });
    if (!parsed)
      return refuse(Response, asked, { status: 400, code: "INVALID", message: { key: "focalOutOfRange" } });
    focal = parsed;
  }
  const alt = fields.alt?.trim() ?? "";
  const texts: MediaTextInput[] =
    alt || fields.caption || fields.credit
      ? [{ locale, alt, caption: fields.caption ?? null, credit: fields.credit ?? null }]
      : [];

  if (file.sniffed.kind === "image") {
    const prepared = await prepareWith(imageWorkers, file.bytes);
    if ("key" in prepared) return refuse(Response, asked, refusalFor(prepared));
    const id = await storeImage(
      db,
      { ...stored(prepared, file.bytes.byteLength, texts, focal), fileName: file.fileName },
      user.id,
    );
    return json(Response, 201, {
      media: { id: String(id), kind: "image", width: prepared.width, height: prepared.height },
    });
  }
  const video = await probeVideo(file.bytes);
  if ("key" in video) return refuse(Response, asked, refusalFor(video));
  let posterImage: PreparedImage | null = null;
  if (poster) {
    const prepared = await prepareWith(imageWorkers, poster.bytes);
    if ("key" in prepared) return refuse(Response, asked, refusalFor(prepared));
    posterImage = prepared;
  }
  const id = await storeVideo(
    db,
    {
      bytes: file.bytes,
      mimeType: "video/mp4",
      width: video.width,
      height: video.height,
      durationMs: video.durationMs,
      // The poster describes the same scene: it takes the video's text in this edition.
      poster: posterImage
        ? {
            ...stored(posterImage, poster?.bytes.byteLength ?? 0, alt ? texts : [], focal),
            fileName: poster?.fileName ?? null,
          }
        : null,
      texts,
      fileName: file.fileName,
    },
    user.id,
  );
  return json(Response, 201, {
    media: { id: String(id), kind: "video", width: video.width, height: video.height },
  });
}

function stored(
  image: PreparedImage,
  uploadedBytes: number,
  texts: MediaTextInput[],
  focal?: { x: number; y: number },
) {
  return { ...image, uploadedBytes, texts, focal };
}

/** The upload's master from the image worker; a worker that failed stores nothing and says so. */
async function prepareWith(imageWorkers: ImageWorkers, bytes: Uint8Array) {
  try {
    return await imageWorkers.prepareImage(bytes);
  } catch (error) {
    if (error instanceof ImageWorkFailed) return { key: "imageNotProcessed" } satisfies MediaMessage;
    throw error;
  }
}

function refusalFor(message: MediaMessage): Refusal {
  if (message.key === "imageNotProcessed") return { status: 503, code: "IMAGE_WORK_FAILED", message };
  const status = message.key === "tooManyPixels" ? 413 : message.key === "notH264" ? 415 : 400;
  const code =
    message.key === "tooManyPixels"
      ? "TOO_LARGE"
      : message.key === "notH264"
        ? "UNSUPPORTED_TYPE"
        : "CORRUPT";
  return { status, code, message };
}
