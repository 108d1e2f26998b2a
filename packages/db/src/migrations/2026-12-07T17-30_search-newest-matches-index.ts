import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Search ranks only an edition's newest matches of a query. For a word in most articles this
// index lets the planner walk the edition newest first and stop once it has enough matches,
// instead of reading the publication time of every match the GIN index finds.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index translation_search_edition_recent_idx
    on translation_search (locale, published_at desc, article_id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists translation_search_edition_recent_idx`.execute(db);
}
