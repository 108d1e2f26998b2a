import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Every change of an article's language-neutral facts (kind, section, region, dossier, tags,
// authors, source, lead media), kept: who, when, and each field's value before and after.
// Append-only, like revisions.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("article_fact_changes")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.references("users.id"))
    .addColumn("changed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("changes", "jsonb", (c) => c.notNull())
    .execute();
  await sql`create index article_fact_changes_article_idx on article_fact_changes (article_id, id desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("article_fact_changes").ifExists().execute();
}
