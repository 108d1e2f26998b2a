import type { Database } from "@sahifa/db/database";
import { storeCaptions } from "@sahifa/db/media/library";
import { isLocale, negotiateLocale } from "@sahifa/domain/locales";
import { MEDIA_LIMITS } from "@sahifa/domain/media";
import { can } from "@sahifa/domain/permissions";
import type { Kysely } from "kysely";
import webvtt from "webvtt-parser";
import { json, mediaWriter, type Responder, refuse } from "./media-upload.ts";

/** PUT /media/{id}/captions/{locale}: a video's WebVTT captions in one edition (the body is the file). */
export const CAPTIONS_UPLOAD_PATH = /^\/media\/(\d{1,9})\/captions\/([a-z]{2,3})$/;

const KB = 1024;

export async function handleCaptionsUpload(
  request: Request,
  match: RegExpExecArray,
  db: Kysely<Database>,
  Response: Responder,
): Promise<Response> {
  const asked = negotiateLocale(request.headers.get("accept-language"));
  if (request.method !== "PUT")
    return new Response("Method not allowed", { status: 405, headers: { allow: "PUT" } });
  const mediaId = Number(match[1]);
  const locale = match[2] ?? "";
  if (!isLocale(locale)) {
    return refuse(Response, asked, {
      status: 404,
      code: "NOT_FOUND",
      message: { key: "unknownLocale", values: { locale } },
    });
  }
  const user = await mediaWriter(request, db);
  if ("status" in user) return refuse(Response, asked, user);
  if (!can(user, "editMediaText", locale)) {
    return refuse(Response, asked, {
      status: 403,
      code: "FORBIDDEN",
      message: { key: "forbidden", values: { locale } },
    });
  }
  const tooLarge = {
    status: 413,
    code: "TOO_LARGE",
    message: { key: "captionsTooLarge", values: { count: MEDIA_LIMITS.captionBytes / KB } },
  } as const;
  if (Number(request.headers.get("content-length") ?? 0) > MEDIA_LIMITS.captionBytes)
    return refuse(Response, asked, tooLarge);
  const bytes = await readBounded(request, MEDIA_LIMITS.captionBytes);
  if (!bytes) return refuse(Response, asked, tooLarge);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(Response, asked, {
      status: 400,
      code: "INVALID",
      message: { key: "invalidCaptions", values: { line: 1 } },
    });
  }
  const firstError = new webvtt.WebVTTParser().parse(text, "subtitles").errors[0];
  if (firstError) {
    return refuse(Response, asked, {
      status: 400,
      code: "INVALID",
      message: { key: "invalidCaptions", values: { line: firstError.line } },
    });
  }
  const stored = await storeCaptions(db, mediaId, locale, bytes);
  if (!stored) {
    const exists = await db.selectFrom("media").select("id").where("id", "=", mediaId).executeTakeFirst();
    return refuse(Response, asked, {
      status: exists ? 400 : 404,
      code: exists ? "INVALID" : "NOT_FOUND",
      message: { key: exists ? "captionsVideoOnly" : "notFound", values: { id: mediaId } },
    });
  }
  return json(Response, 200, { captions: { mediaId: String(mediaId), locale } });
}

/** The body, or null as soon as it passes `limit` bytes. */
async function readBounded(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
