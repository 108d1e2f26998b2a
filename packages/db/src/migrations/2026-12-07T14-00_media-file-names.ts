import type { Kysely } from "kysely";

// Frozen in time: imports nothing from the app.
//
// The desk finds media by the name the file had on the editor's disk as well as by its
// texts; earlier uploads have none.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("media").addColumn("file_name", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("media").dropColumn("file_name").execute();
}
