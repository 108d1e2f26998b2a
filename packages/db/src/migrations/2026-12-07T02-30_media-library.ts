import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// The media library keeps every file in PostgreSQL (docs/architecture/040-media-in-postgresql.md):
// content-addressed blobs cut into chunks (a range request reads only the chunks it covers),
// uploaded images and videos as media rows pointing at their blob, renditions cached by URL path,
// and WebVTT captions per locale.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("media_blobs")
    .addColumn("hash", "text", (c) => c.primaryKey().check(sql`hash ~ '^[0-9a-f]{64}$'`))
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "bigint", (c) => c.notNull().check(sql`size >= 0`))
    .addColumn("chunk_size", "integer", (c) => c.notNull().check(sql`chunk_size > 0`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("media_blob_chunks")
    .addColumn("hash", "text", (c) => c.notNull().references("media_blobs.hash").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("data", "bytea", (c) => c.notNull())
    .addPrimaryKeyConstraint("media_blob_chunks_pk", ["hash", "seq"])
    .execute();

  // Uploaded media are served from their blob; only the demo newsroom's files keep a path on disk.
  await sql`alter table media alter column path drop not null`.execute(db);
  await db.schema
    .alterTable("media")
    .addColumn("blob_hash", "text", (c) => c.references("media_blobs.hash"))
    .addColumn("byte_size", "bigint")
    .addColumn("focal_x", "real", (c) => c.notNull().defaultTo(0.5).check(sql`focal_x between 0 and 1`))
    .addColumn("focal_y", "real", (c) => c.notNull().defaultTo(0.5).check(sql`focal_y between 0 and 1`))
    .addColumn("poster_media_id", "integer", (c) => c.references("media.id"))
    .addColumn("duration_ms", "integer")
    .addColumn("uploaded_by", "integer", (c) => c.references("users.id"))
    .execute();
  await sql`alter table media add constraint media_stored_somewhere check (path is not null or blob_hash is not null)`.execute(
    db,
  );
  await sql`create index media_blob_hash_idx on media (blob_hash)`.execute(db);
  await sql`create index media_created_idx on media (created_at desc, id desc)`.execute(db);
  await db.schema.alterTable("media_texts").addColumn("credit", "text").execute();

  await db.schema
    .createTable("media_renditions")
    .addColumn("path", "text", (c) => c.primaryKey())
    .addColumn("blob_hash", "text", (c) => c.notNull().references("media_blobs.hash"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("media_captions")
    .addColumn("media_id", "integer", (c) => c.notNull().references("media.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(sql`locale in ('en', 'ar', 'es')`))
    .addColumn("blob_hash", "text", (c) => c.notNull().references("media_blobs.hash"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("media_captions_pk", ["media_id", "locale"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("media_captions").ifExists().execute();
  await db.schema.dropTable("media_renditions").ifExists().execute();
  await db.schema.alterTable("media_texts").dropColumn("credit").execute();
  await sql`alter table media drop constraint media_stored_somewhere`.execute(db);
  for (const column of [
    "uploaded_by",
    "duration_ms",
    "poster_media_id",
    "focal_y",
    "focal_x",
    "byte_size",
    "blob_hash",
  ]) {
    await db.schema.alterTable("media").dropColumn(column).execute();
  }
  await db.schema.dropTable("media_blob_chunks").ifExists().execute();
  await db.schema.dropTable("media_blobs").ifExists().execute();
}
