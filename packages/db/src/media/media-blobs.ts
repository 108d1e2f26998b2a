import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";

/**
 * Content-addressed files in PostgreSQL (docs/architecture/040-media-in-postgresql.md).
 * A blob is named by the SHA-256 of its bytes and cut into chunks, so a range
 * request or a streamed video reads a few rows at a time, never the whole file.
 */

/** Big enough that a photo is a handful of rows, small enough that one row is cheap to hold. */
export const CHUNK_SIZE = 1024 * 1024;
/** Chunks fetched per query while streaming. */
const CHUNKS_PER_READ = 4;

export interface BlobInfo {
  hash: string;
  contentType: string;
  size: number;
  chunkSize: number;
  createdAt: Date;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Stores bytes once (an identical file already stored is reused) and answers
 * their hash. Call it inside the transaction that also writes what points at
 * the blob, so a failed upload leaves nothing behind.
 */
export async function putBlob(db: Kysely<Database>, bytes: Uint8Array, contentType: string): Promise<string> {
  const hash = sha256Hex(bytes);
  // A concurrent writer of the same bytes holds the key until it commits; then this insert does nothing.
  const inserted = await db
    .insertInto("media_blobs")
    .values({ hash, content_type: contentType, size: bytes.byteLength, chunk_size: CHUNK_SIZE })
    .onConflict((oc) => oc.column("hash").doNothing())
    .returning("hash")
    .executeTakeFirst();
  if (!inserted) return hash;
  const rows: Array<{ hash: string; seq: number; data: Uint8Array }> = [];
  for (let seq = 0; seq * CHUNK_SIZE < bytes.byteLength || seq === 0; seq++) {
    rows.push({ hash, seq, data: bytes.subarray(seq * CHUNK_SIZE, (seq + 1) * CHUNK_SIZE) });
  }
  for (let i = 0; i < rows.length; i += CHUNKS_PER_READ) {
    await db
      .insertInto("media_blob_chunks")
      .values(rows.slice(i, i + CHUNKS_PER_READ))
      .execute();
  }
  return hash;
}

export async function findBlob(db: Kysely<Database>, hash: string): Promise<BlobInfo | null> {
  const row = await db
    .selectFrom("media_blobs")
    .select(["hash", "content_type", "size", "chunk_size", "created_at"])
    .where("hash", "=", hash)
    .executeTakeFirst();
  return row
    ? {
        hash: row.hash,
        contentType: row.content_type,
        size: Number(row.size),
        chunkSize: row.chunk_size,
        createdAt: row.created_at,
      }
    : null;
}

/**
 * The bytes `start`..`end` (inclusive) of a blob, a few chunks per query:
 * a reader that stops early (a closed connection) stops the reads too.
 */
export async function* readBlobRange(
  db: Kysely<Database>,
  blob: BlobInfo,
  start = 0,
  end = blob.size - 1,
): AsyncGenerator<Uint8Array> {
  if (end < start) return;
  const first = Math.floor(start / blob.chunkSize);
  const last = Math.floor(end / blob.chunkSize);
  for (let from = first; from <= last; from += CHUNKS_PER_READ) {
    const to = Math.min(last, from + CHUNKS_PER_READ - 1);
    const chunks = await db
      .selectFrom("media_blob_chunks")
      .select(["seq", "data"])
      .where("hash", "=", blob.hash)
      .where("seq", ">=", from)
      .where("seq", "<=", to)
      .orderBy("seq")
      .execute();
    for (const chunk of chunks) {
      const offset = chunk.seq * blob.chunkSize;
      const data = chunk.data;
      yield data.subarray(Math.max(0, start - offset), Math.min(data.byteLength, end - offset + 1));
    }
  }
}

/** A whole blob in memory (images and captions: bounded by the upload limits). */
export async function readBlob(db: Kysely<Database>, blob: BlobInfo): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of readBlobRange(db, blob)) parts.push(part);
  return Buffer.concat(parts);
}
