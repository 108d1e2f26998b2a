import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// The running live stories of an edition are found from its recent updates: this index gives
// an edition's updates since a moment without reading any older one.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index live_updates_edition_recent_idx on live_updates (locale, created_at desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists live_updates_edition_recent_idx`.execute(db);
}
