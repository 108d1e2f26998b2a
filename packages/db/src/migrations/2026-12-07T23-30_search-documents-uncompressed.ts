import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Search reads the document of every candidate it ranks, and decompressing one costs more than
// fetching it: documents are stored out of line as they are, never compressed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table translation_search alter column document set storage external`.execute(db);
  // The storage applies to values written from now on: documents compressed before are rewritten
  // (the same document, concatenated with an empty one, is a new value).
  await sql`update translation_search set document = document || ''::tsvector
    where pg_column_compression(document) is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table translation_search alter column document set storage extended`.execute(db);
}
