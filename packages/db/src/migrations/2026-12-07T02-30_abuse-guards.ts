import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Sign-in throttling moves from two columns on users (which only known accounts had, so an
// unknown email answered differently) to a keyed table shared by every API instance; its shape
// is the one rate-limiter-flexible's PostgreSQL store reads and writes. View beacons remember,
// for an hour, which visitor (a salted hash that rotates daily) already counted for an article.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table sign_in_throttle (
    key varchar(255) primary key,
    points integer not null default 0,
    expire bigint
  )`.execute(db);
  await db.schema.alterTable("users").dropColumn("failed_sign_ins").execute();
  await db.schema.alterTable("users").dropColumn("locked_until").execute();
  await db.schema
    .createTable("view_salts")
    .addColumn("day", "date", (c) => c.primaryKey())
    .addColumn("salt", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("view_beacons")
    .addColumn("visitor", "text", (c) => c.notNull())
    .addColumn("article_id", "integer", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("hour", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("view_beacons_pk", ["hour", "article_id", "locale", "visitor"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("view_beacons").execute();
  await db.schema.dropTable("view_salts").execute();
  await db.schema
    .alterTable("users")
    .addColumn("failed_sign_ins", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("users").addColumn("locked_until", "timestamptz").execute();
  await db.schema.dropTable("sign_in_throttle").execute();
}
