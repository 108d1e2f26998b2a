import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Each search document records the version of the normaliser that built it, so a change of
// rules needs no migration: the API rebuilds documents of an older version when it starts.
// Documents built before this column existed are version 1.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table translation_search add column normalizer_version integer not null default 1`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table translation_search drop column normalizer_version`.execute(db);
}
