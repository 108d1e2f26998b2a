import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Publications set for a time. A scheduler on any API instance claims due rows with
// FOR UPDATE SKIP LOCKED and publishes in the same transaction, so each runs exactly once
// however many instances poll (docs/architecture/042-scheduled-publishing.md).
// Corrections and editor's notes: public, dated, per edition, attached to a published revision.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("scheduled_publications")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("publish_at", "timestamptz", (c) => c.notNull())
    .addColumn("state", "text", (c) =>
      c.notNull().defaultTo("pending").check(sql`state in ('pending', 'published', 'cancelled', 'failed')`),
    )
    .addColumn("outcome", "text")
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("done_at", "timestamptz")
    .addForeignKeyConstraint(
      "scheduled_publications_translation_fk",
      ["article_id", "locale"],
      "translations",
      ["article_id", "locale"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();
  // One pending publication per translation; the scheduler reads due rows in time order.
  await sql`create unique index scheduled_publications_pending_key on scheduled_publications (article_id, locale) where state = 'pending'`.execute(
    db,
  );
  await sql`create index scheduled_publications_due_idx on scheduled_publications (publish_at) where state = 'pending'`.execute(
    db,
  );

  await db.schema
    .createTable("article_notes")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('correction', 'editors_note')`))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("revision_id", "integer", (c) => c.notNull().references("revisions.id"))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint(
      "article_notes_translation_fk",
      ["article_id", "locale"],
      "translations",
      ["article_id", "locale"],
      (fk) => fk.onDelete("cascade"),
    )
    .execute();
  await sql`create index article_notes_translation_idx on article_notes (article_id, locale, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("article_notes").ifExists().execute();
  await db.schema.dropTable("scheduled_publications").ifExists().execute();
}
