import type { Locale } from "@sahifa/domain/locales";
import type { FocalPoint } from "@sahifa/domain/media";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { type BlobInfo, putBlob } from "./media-blobs.ts";

/** One edition's text of a media item: alt text is required wherever the item has text at all. */
export interface MediaTextInput {
  locale: Locale;
  alt: string;
  caption?: string | null | undefined;
  credit?: string | null | undefined;
}

export interface StoredImage {
  /** The EXIF-free, upright master every rendition is made from. */
  master: Uint8Array;
  mimeType: string;
  width: number;
  height: number;
  /** Bytes of the file as uploaded. */
  uploadedBytes: number;
  focal?: FocalPoint | undefined;
  texts: readonly MediaTextInput[];
  /** The name the file had on the uploader's disk. */
  fileName?: string | null | undefined;
}

export interface StoredVideo {
  bytes: Uint8Array;
  mimeType: string;
  width: number;
  height: number;
  durationMs: number | null;
  /** An image stored in the same transaction as the poster frame. */
  poster: StoredImage | null;
  texts: readonly MediaTextInput[];
  /** The name the file had on the uploader's disk. */
  fileName?: string | null | undefined;
}

/** Stores an uploaded image (its master blob, its row, its texts) in one transaction; answers its id. */
export async function storeImage(db: Kysely<Database>, image: StoredImage, uploadedBy: number | null) {
  return db.transaction().execute((trx) => insertImage(trx, image, uploadedBy));
}

async function insertImage(
  trx: Kysely<Database>,
  image: StoredImage,
  uploadedBy: number | null,
): Promise<number> {
  const hash = await putBlob(trx, image.master, image.mimeType);
  const row = await trx
    .insertInto("media")
    .values({
      kind: "image",
      path: null,
      blob_hash: hash,
      mime_type: image.mimeType,
      width: image.width,
      height: image.height,
      byte_size: image.uploadedBytes,
      focal_x: image.focal?.x ?? 0.5,
      focal_y: image.focal?.y ?? 0.5,
      uploaded_by: uploadedBy,
      credit: null,
      file_name: image.fileName ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeTexts(trx, row.id, image.texts);
  return row.id;
}

/** Stores a video, and its poster image when given, in one transaction; answers the video's id. */
export async function storeVideo(db: Kysely<Database>, video: StoredVideo, uploadedBy: number | null) {
  return db.transaction().execute(async (trx) => {
    const posterId = video.poster ? await insertImage(trx, video.poster, uploadedBy) : null;
    const hash = await putBlob(trx, video.bytes, video.mimeType);
    const row = await trx
      .insertInto("media")
      .values({
        kind: "video",
        path: null,
        blob_hash: hash,
        mime_type: video.mimeType,
        width: video.width,
        height: video.height,
        byte_size: video.bytes.byteLength,
        duration_ms: video.durationMs,
        poster_media_id: posterId,
        uploaded_by: uploadedBy,
        credit: null,
        file_name: video.fileName ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeTexts(trx, row.id, video.texts);
    return row.id;
  });
}

async function writeTexts(db: Kysely<Database>, mediaId: number, texts: readonly MediaTextInput[]) {
  for (const text of texts) await upsertText(db, mediaId, text);
}

async function upsertText(db: Kysely<Database>, mediaId: number, text: MediaTextInput) {
  const values = {
    media_id: mediaId,
    locale: text.locale,
    alt: text.alt.trim(),
    caption: text.caption?.trim() ?? "",
    credit: text.credit?.trim() || null,
  };
  await db
    .insertInto("media_texts")
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(["media_id", "locale"])
        .doUpdateSet({ alt: values.alt, caption: values.caption, credit: values.credit }),
    )
    .execute();
}

/** Sets one edition's alt text, caption and credit; false when the media item does not exist. */
export async function setMediaText(
  db: Kysely<Database>,
  mediaId: number,
  text: MediaTextInput,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const media = await trx
      .selectFrom("media")
      .select("id")
      .where("id", "=", mediaId)
      .forUpdate()
      .executeTakeFirst();
    if (!media) return false;
    await upsertText(trx, mediaId, text);
    return true;
  });
}

/** Moves an image's focal point (its crops follow, at new URLs); false when there is no such image. */
export async function setFocalPoint(
  db: Kysely<Database>,
  mediaId: number,
  focal: FocalPoint,
): Promise<boolean> {
  const result = await db
    .updateTable("media")
    .set({ focal_x: focal.x, focal_y: focal.y })
    .where("id", "=", mediaId)
    .where("kind", "=", "image")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Sets a video's poster to an image of the library; false when either is missing or of the wrong kind. */
export async function setVideoPoster(db: Kysely<Database>, videoId: number, posterId: number | null) {
  if (posterId !== null) {
    const poster = await db
      .selectFrom("media")
      .select("id")
      .where("id", "=", posterId)
      .where("kind", "=", "image")
      .executeTakeFirst();
    if (!poster) return false;
  }
  const result = await db
    .updateTable("media")
    .set({ poster_media_id: posterId })
    .where("id", "=", videoId)
    .where("kind", "=", "video")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Stores (or replaces) a video's WebVTT captions in one locale; false when there is no such video. */
export async function storeCaptions(db: Kysely<Database>, videoId: number, locale: Locale, vtt: Uint8Array) {
  return db.transaction().execute(async (trx) => {
    const video = await trx
      .selectFrom("media")
      .select("id")
      .where("id", "=", videoId)
      .where("kind", "=", "video")
      .forUpdate()
      .executeTakeFirst();
    if (!video) return false;
    const hash = await putBlob(trx, vtt, "text/vtt");
    await trx
      .insertInto("media_captions")
      .values({ media_id: videoId, locale, blob_hash: hash })
      .onConflict((oc) =>
        oc.columns(["media_id", "locale"]).doUpdateSet({ blob_hash: hash, updated_at: sql`now()` }),
      )
      .execute();
    return true;
  });
}

export interface CaptionTrack {
  mediaId: number;
  locale: Locale;
  blobHash: string;
}

export async function findCaptions(
  db: Kysely<Database>,
  mediaIds: readonly number[],
): Promise<CaptionTrack[]> {
  if (mediaIds.length === 0) return [];
  const rows = await db
    .selectFrom("media_captions")
    .select(["media_id", "locale", "blob_hash"])
    .where("media_id", "in", [...mediaIds])
    .orderBy("media_id")
    .orderBy("locale")
    .execute();
  return rows.map((r) => ({ mediaId: r.media_id, locale: r.locale, blobHash: r.blob_hash }));
}

/** A demo drawing's media row by its URL path (for its raster renditions). */
export function findImageByPath(db: Kysely<Database>, path: string) {
  return findImage(db, "path", path);
}

/** The current focal point and size of an image whose master has this hash, or null when no image has it. */
export function findImageByHash(db: Kysely<Database>, hash: string) {
  return findImage(db, "blob_hash", hash);
}

async function findImage(db: Kysely<Database>, column: "path" | "blob_hash", value: string) {
  const row = await db
    .selectFrom("media")
    .select(["id", "focal_x", "focal_y", "width", "height"])
    .where(column, "=", value)
    .where("kind", "=", "image")
    .orderBy("id")
    .executeTakeFirst();
  return row
    ? { id: row.id, focal: { x: row.focal_x, y: row.focal_y }, width: row.width, height: row.height }
    : null;
}

/** Whether any media item (video) or caption track serves this blob. */
export async function isServedBlob(db: Kysely<Database>, hash: string, kind: "video" | "caption") {
  const found =
    kind === "video"
      ? await db
          .selectFrom("media")
          .select("id")
          .where("blob_hash", "=", hash)
          .where("kind", "=", "video")
          .limit(1)
          .executeTakeFirst()
      : await db
          .selectFrom("media_captions")
          .select("media_id as id")
          .where("blob_hash", "=", hash)
          .limit(1)
          .executeTakeFirst();
  return found !== undefined;
}

/**
 * A stored rendition's blob, with its bytes when they fit in one chunk (renditions nearly always
 * do): a cached rendition costs one query.
 */
export async function findRendition(
  db: Kysely<Database>,
  path: string,
): Promise<(BlobInfo & { bytes: Uint8Array | null }) | null> {
  const row = await db
    .selectFrom("media_renditions as r")
    .innerJoin("media_blobs as b", "b.hash", "r.blob_hash")
    .leftJoin("media_blob_chunks as c", (join) =>
      join.onRef("c.hash", "=", "b.hash").on("c.seq", "=", 0).on(sql<boolean>`b.size <= b.chunk_size`),
    )
    .select(["b.hash", "b.content_type", "b.size", "b.chunk_size", "b.created_at", "c.data"])
    .where("r.path", "=", path)
    .executeTakeFirst();
  if (!row) return null;
  return {
    hash: row.hash,
    contentType: row.content_type,
    size: Number(row.size),
    chunkSize: row.chunk_size,
    createdAt: row.created_at,
    bytes: row.data,
  };
}

/** Keeps a rendition made on request; instances that made the same one at once keep the first. */
export async function storeRendition(
  db: Kysely<Database>,
  path: string,
  bytes: Uint8Array,
  contentType: string,
) {
  return db.transaction().execute(async (trx) => {
    const hash = await putBlob(trx, bytes, contentType);
    await trx
      .insertInto("media_renditions")
      .values({ path, blob_hash: hash })
      .onConflict((oc) => oc.column("path").doNothing())
      .execute();
    return hash;
  });
}
