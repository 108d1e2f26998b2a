import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Timestamped updates of a live story (an article of kind "live"), written in
// the desk per edition and shown newest first. Plain text, never
// HTML: the editions render it as text.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("live_updates")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull().check(sql`locale in ('en', 'ar', 'es')`))
    .addColumn("title", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index live_updates_story_idx on live_updates (article_id, locale, id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("live_updates").ifExists().execute();
}
