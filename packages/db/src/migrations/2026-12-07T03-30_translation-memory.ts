import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// The translation memory: one row per published block pair (source block text
// → target block) and language pair. Candidates come from MinHash bands (a GIN
// index on an integer array); pg_trgm's similarity ranks them. pg_trgm lives in
// `public` so every schema (tests run one per file) reaches it by qualified name.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm with schema public`.execute(db);
  await db.schema
    .createTable("tm_segments")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("source_locale", "text", (c) => c.notNull().check(sql`source_locale in ('en', 'ar', 'es')`))
    .addColumn("target_locale", "text", (c) => c.notNull().check(sql`target_locale in ('en', 'ar', 'es')`))
    .addColumn("source_text", "text", (c) => c.notNull())
    .addColumn("source_norm", "text", (c) => c.notNull())
    // MinHash bands of source_norm: candidates for a lookup share one.
    .addColumn("bands", sql`integer[]`, (c) => c.notNull())
    .addColumn("target_block", "jsonb", (c) => c.notNull())
    .addColumn("article_id", "integer", (c) => c.references("articles.id").onDelete("set null"))
    .addColumn("target_revision_id", "integer")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index tm_segments_bands_idx on tm_segments using gin (bands)`.execute(db);
  await sql`create unique index tm_segments_pair_unique_idx on tm_segments (source_locale, target_locale, md5(source_norm), md5(target_block::text))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("tm_segments").ifExists().execute();
}
