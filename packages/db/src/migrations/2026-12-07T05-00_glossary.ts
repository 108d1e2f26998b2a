import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// The glossary of each language pair: a source term (a name, an organisation,
// a place) with its approved translation and the variants the newsroom refuses.
// `source_key` is the term's search form, so one term is not entered twice in
// two spellings. Workflow events also keep the glossary issues an override let through.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("glossary_terms")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("source_locale", "text", (c) => c.notNull().check(sql`source_locale in ('en', 'ar', 'es')`))
    .addColumn("target_locale", "text", (c) => c.notNull().check(sql`target_locale in ('en', 'ar', 'es')`))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('person', 'organisation', 'place', 'other')`),
    )
    .addColumn("source_term", "text", (c) => c.notNull())
    .addColumn("source_key", "text", (c) => c.notNull())
    .addColumn("approved", "text", (c) => c.notNull())
    .addColumn("forbidden", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("note", "text")
    .addColumn("updated_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("glossary_terms_pair_check", sql`source_locale <> target_locale`)
    .execute();
  await db.schema
    .createIndex("glossary_terms_pair_key_idx")
    .on("glossary_terms")
    .columns(["source_locale", "target_locale", "source_key"])
    .unique()
    .execute();
  await db.schema.alterTable("translation_events").addColumn("overridden_terms", "jsonb").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("translation_events").dropColumn("overridden_terms").execute();
  await db.schema.dropTable("glossary_terms").ifExists().execute();
}
