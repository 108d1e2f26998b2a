import { migrateToLatest } from "@sahifa/db/migrate";
import { connectFromEnv } from "../database-setup.ts";
import { EnvError, readEnv } from "../env.ts";

/** `pnpm db:migrate`: brings the database (PGlite under .data/, or DATABASE_URL) to the latest schema. */
async function main() {
  const connection = await connectFromEnv(readEnv());
  try {
    const applied = await migrateToLatest(connection.db);
    console.log(applied.length > 0 ? `applied: ${applied.join(", ")}` : "already up to date");
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
