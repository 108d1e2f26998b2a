import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// One search document per published translation. The document is
// built by the application from the *normalised* text of the published
// revision (Arabic spelling variants and Latin accents folded), which a
// generated column could not do, so it lives in its own table that the
// publish path refreshes. `revision_id` records which revision it was built
// from: readers' queries join it to translations.published_revision_id, so a
// stale or forgotten document can never surface unpublished text.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("translation_search")
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("revision_id", "integer", (c) => c.notNull().references("revisions.id"))
    .addColumn("document", sql`tsvector`, (c) => c.notNull())
    .addColumn("indexed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("translation_search_pk", ["article_id", "locale"])
    .addForeignKeyConstraint(
      "translation_search_translation_fk",
      ["article_id", "locale"],
      "translations",
      ["article_id", "locale"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();
  await sql`create index translation_search_document_idx on translation_search using gin (document)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("translation_search").ifExists().execute();
}
