import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Arabic search normalisation changed: a plural ending ات is read as the
// singular's ة, which the stemmer otherwise indexed apart from the same plural with
// the article ("انتخابات" as 'انتخابا', "الانتخابات" as 'انتخاب'). Arabic documents
// built the old way are dropped; `syncSearchIndex`, which the API runs at every start
// after migrating, rebuilds them with the current rules.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`delete from translation_search where locale = 'ar'`.execute(db);
}

export async function down(): Promise<void> {
  // Nothing to restore: the next sync rebuilds whatever is missing.
}
