import { type Connection, connect } from "@sahifa/db/connect";
import { migrateToLatest } from "@sahifa/db/migrate";
import { syncSearchIndex } from "@sahifa/db/search/document";
import { seedDemoNewsroom } from "@sahifa/db/seed";
import { ensureDemoAccounts } from "./auth/demo-accounts.ts";
import type { Env } from "./env.ts";

export function connectFromEnv(env: Env): Promise<Connection> {
  return connect({ databaseUrl: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR });
}

/**
 * Migrates, and seeds the demo newsroom when the database has no articles yet (first run of a
 * fresh clone); otherwise brings the search index up to date.
 */
export async function prepareDatabase(connection: Connection, log: (line: string) => void): Promise<void> {
  const applied = await migrateToLatest(connection.db);
  if (applied.length > 0) log(`migrated: ${applied.join(", ")}`);
  const { count } = await connection.db
    .selectFrom("articles")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .executeTakeFirstOrThrow();
  if (Number(count) === 0) {
    log("empty database: seeding the demo newsroom…");
    await seedDemoNewsroom(connection.db);
    await ensureDemoAccounts(connection.db, log);
    log("seeded");
  } else {
    // Cheap when nothing is stale (one query); rebuilds documents a migration dropped or a bulk
    // import left behind, so search never lags what readers can open.
    const rebuilt = await syncSearchIndex(connection.db);
    if (rebuilt > 0) log(`search index: ${rebuilt} documents rebuilt`);
  }
}
