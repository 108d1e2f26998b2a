import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// A translator's rights name language pairs (en→ar), not only target editions.
// Stored as a JSON list of {source, target}. Existing translators keep what
// they could do before: every other edition into each of their locales.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("language_pairs", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await sql`
    update users u set language_pairs = coalesce((
      select jsonb_agg(jsonb_build_object('source', s.locale, 'target', t.locale) order by t.locale, s.locale)
      from unnest(u.locales) as t(locale)
      cross join (values ('en'), ('ar'), ('es')) as s(locale)
      where s.locale <> t.locale
    ), '[]'::jsonb)
    where u.role = 'translator'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("language_pairs").execute();
}
