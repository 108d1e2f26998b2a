import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Most read, rolled up in the background (docs/architecture/032-most-read-rollup.md): the
// top articles of each edition over a window of days, recomputed by one API instance at a
// time, so a reader's page reads a few rows instead of summing a week of view counts.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("most_read_rankings")
    .addColumn("locale", "text", (c) => c.notNull().check(sql`locale in ('en', 'ar', 'es')`))
    .addColumn("window_days", "integer", (c) => c.notNull())
    .addColumn("rank", "integer", (c) => c.notNull())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("views", "bigint", (c) => c.notNull())
    .addColumn("since_day", "date", (c) => c.notNull())
    .addColumn("refreshed_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("most_read_rankings_pk", ["locale", "window_days", "rank"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("most_read_rankings").ifExists().execute();
}
