import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// The workflow history of a translation: each submit, publish and other status
// change with the revision it concerned, who did it, and the note an override
// of the untranslated-text check must carry.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("translation_events")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(sql`locale in ('en', 'ar', 'es')`))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("revision_id", "integer", (c) => c.notNull().references("revisions.id"))
    .addColumn("user_id", "integer", (c) => c.references("users.id"))
    .addColumn("note", "text")
    // Blocks the untranslated-text check flagged and the writer chose to let through.
    .addColumn("overridden_blocks", "jsonb")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index translation_events_translation_idx on translation_events (article_id, locale, id desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("translation_events").ifExists().execute();
}
