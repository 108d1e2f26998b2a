import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { compiledOnce, perEdition } from "./memo.ts";

/** An image or video with its text in one edition's language. */
export interface MediaItem {
  id: number;
  kind: "image" | "video";
  /** Site-relative URL path, e.g. /media/lead-x.svg */
  path: string;
  mimeType: string;
  width: number;
  height: number;
  credit: string | null;
  alt: string;
  caption: string;
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
      "m.credit",
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
