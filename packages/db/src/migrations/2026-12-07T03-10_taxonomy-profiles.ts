import type { Kysely } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Tags get a description per locale (as dossiers have), authors a role per locale
// ("Correspondent in Rabat") and a photo from the media library.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("tag_labels")
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("author_labels")
    .addColumn("role", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("authors")
    .addColumn("photo_media_id", "integer", (c) => c.references("media.id"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("authors").dropColumn("photo_media_id").execute();
  await db.schema.alterTable("author_labels").dropColumn("role").execute();
  await db.schema.alterTable("tag_labels").dropColumn("description").execute();
}
