import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { compiledOnce, perEdition } from "./memo.ts";

/** An image or video with its text in one edition's language. */
export interface MediaItem {
  id: number;
  kind: "image" | "video";
  /** Demo files on disk: their site-relative URL path, e.g. /media/lead-x.svg; null for uploads. */
  path: string | null;
  /** Uploads: the stored file's content hash (an image's master), from which its URLs are made. */
  blobHash: string | null;
  mimeType: string;
  width: number;
  height: number;
  /** This edition's credit, else the newsroom-wide one. */
  credit: string | null;
  alt: string;
  caption: string;
  focalX: number;
  focalY: number;
  posterMediaId: number | null;
  durationMs: number | null;
}

const mediaIn = perEdition((db: Kysely<Database>, locale: Locale) =>
  db
    .selectFrom("media as m")
    .leftJoin("media_texts as l", (join) => join.onRef("l.media_id", "=", "m.id").on("l.locale", "=", locale))
    .select([
      "m.id",
      "m.kind",
      "m.path",
      "m.mime_type as mimeType",
      "m.width",
      "m.height",
      "m.blob_hash as blobHash",
      "m.focal_x as focalX",
      "m.focal_y as focalY",
      "m.poster_media_id as posterMediaId",
      "m.duration_ms as durationMs",
      sql<string | null>`coalesce(l.credit, m.credit)`.as("credit"),
      // An image without alt text in this language gets an empty alt (decorative) rather than another language's.
      sql<string>`coalesce(l.alt, '')`.as("alt"),
      sql<string>`coalesce(l.caption, '')`.as("caption"),
    ]),
);

export async function findMedia(
  db: Kysely<Database>,
  locale: Locale,
  ids: readonly number[],
): Promise<MediaItem[]> {
  if (ids.length === 0) return [];
  return mediaById(db, ids, locale);
}
const mediaById = compiledOnce((db, ids: readonly number[], locale: Locale) =>
  mediaIn(db, locale).where("m.id", "in", [...ids]),
);
