import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";

/** A media item as the desk's library shows it: every edition's text, so missing alt text is visible. */
export interface DeskMediaItem {
  id: number;
  kind: "image" | "video";
  path: string | null;
  blobHash: string | null;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number | null;
  focalX: number;
  focalY: number;
  posterMediaId: number | null;
  durationMs: number | null;
  credit: string | null;
  /** The uploaded file's name on the uploader's disk; null for demo files and older uploads. */
  fileName: string | null;
  createdAt: Date;
  texts: Array<{ locale: Locale; alt: string; caption: string; credit: string | null }>;
}

export interface MediaPageOptions {
  kind?: "image" | "video" | null | undefined;
  /** Items uploaded before this one (ids grow with time): the previous page's last item. */
  afterId?: number | null | undefined;
  /** Words found in any edition's alt text, caption or credit, or in the file's name (case-insensitive). */
  search?: string | null | undefined;
  limit: number;
}

/** A LIKE pattern that matches `text` literally anywhere: its own % and _ are escaped. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const columns = [
  "m.id",
  "m.kind",
  "m.path",
  "m.blob_hash as blobHash",
  "m.mime_type as mimeType",
  "m.width",
  "m.height",
  "m.byte_size as byteSize",
  "m.focal_x as focalX",
  "m.focal_y as focalY",
  "m.poster_media_id as posterMediaId",
  "m.duration_ms as durationMs",
  "m.credit",
  "m.file_name as fileName",
  "m.created_at as createdAt",
] as const;

function baseQuery(db: Kysely<Database>) {
  return db.selectFrom("media as m").select(columns);
}

async function withTexts(
  db: Kysely<Database>,
  rows: Array<Omit<DeskMediaItem, "texts" | "byteSize"> & { byteSize: string | null }>,
): Promise<DeskMediaItem[]> {
  if (rows.length === 0) return [];
  const texts = await db
    .selectFrom("media_texts")
    .select(["media_id", "locale", "alt", "caption", "credit"])
    .where(
      "media_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("locale")
    .execute();
  return rows.map((row) => ({
    ...row,
    byteSize: row.byteSize === null ? null : Number(row.byteSize),
    texts: texts
      .filter((t) => t.media_id === row.id)
      .map((t) => ({ locale: t.locale, alt: t.alt, caption: t.caption, credit: t.credit })),
  }));
}

type MediaFilter = Pick<MediaPageOptions, "kind" | "search">;

/** The library's rows that `filter` keeps: of one kind, and with the words somewhere in their texts or file name. */
function filtered(db: Kysely<Database>, filter: MediaFilter) {
  let query = db.selectFrom("media as m");
  if (filter.kind) query = query.where("m.kind", "=", filter.kind);
  const words = filter.search?.trim();
  if (!words) return query;
  const pattern = containing(words);
  return query.where(({ exists, selectFrom, or, eb }) =>
    or([
      eb("m.credit", "ilike", pattern),
      eb("m.file_name", "ilike", pattern),
      // Demo files have no uploaded name: their path stands for it.
      eb("m.path", "ilike", pattern),
      exists(
        selectFrom("media_texts as x")
          .select("x.media_id")
          .whereRef("x.media_id", "=", "m.id")
          .where((inner) =>
            inner.or([
              inner("x.alt", "ilike", pattern),
              inner("x.caption", "ilike", pattern),
              inner("x.credit", "ilike", pattern),
            ]),
          ),
      ),
    ]),
  );
}

/** The library newest first, one page at a time (keyset on the id). */
export async function listDeskMedia(
  db: Kysely<Database>,
  options: MediaPageOptions,
): Promise<DeskMediaItem[]> {
  let query = filtered(db, options).select(columns).orderBy("m.id", "desc").limit(options.limit);
  if (options.afterId != null) query = query.where("m.id", "<", options.afterId);
  return withTexts(db, await query.execute());
}

/** How many items of the library `filter` keeps, over every page. */
export async function countDeskMedia(db: Kysely<Database>, filter: MediaFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findDeskMedia(db: Kysely<Database>, id: number): Promise<DeskMediaItem | null> {
  const rows = await withTexts(db, await baseQuery(db).where("m.id", "=", id).execute());
  return rows[0] ?? null;
}

/**
 * Images a translation shows (the article's lead, and the images, gallery items and video
 * posters of its head revision) that have no alt text in its language: the desk warns before
 * publishing, it does not block.
 */
export async function imagesWithoutAlt(
  db: Kysely<Database>,
  articleId: number,
  locale: Locale,
): Promise<number[]> {
  const row = await db
    .selectFrom("translations as t")
    .innerJoin("articles as a", "a.id", "t.article_id")
    .innerJoin("revisions as r", "r.id", "t.head_revision_id")
    .select(["a.lead_media_id", "r.body"])
    .where("t.article_id", "=", articleId)
    .where("t.locale", "=", locale)
    .executeTakeFirst();
  if (!row) return [];
  const ids = new Set<number>();
  if (row.lead_media_id !== null) ids.add(row.lead_media_id);
  for (const block of row.body) {
    if (block.type === "image") ids.add(block.mediaId);
    else if (block.type === "gallery") for (const item of block.items) ids.add(item.mediaId);
    else if (block.type === "video" && block.posterMediaId !== undefined) ids.add(block.posterMediaId);
  }
  if (ids.size === 0) return [];
  const described = await db
    .selectFrom("media as m")
    .leftJoin("media_texts as x", (join) => join.onRef("x.media_id", "=", "m.id").on("x.locale", "=", locale))
    .select(["m.id", "m.kind", "x.alt"])
    .where("m.id", "in", [...ids])
    .execute();
  return described
    .filter((m) => m.kind === "image" && !m.alt?.trim())
    .map((m) => m.id)
    .sort((a, b) => a - b);
}
