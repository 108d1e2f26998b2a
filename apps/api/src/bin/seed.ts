import { migrateToLatest } from "@sahifa/db/migrate";
import { seedDemoNewsroom } from "@sahifa/db/seed";
import { ensureDemoAccounts } from "../auth/demo-accounts.ts";
import { connectFromEnv } from "../database-setup.ts";
import { EnvError, readEnv } from "../env.ts";

/** `pnpm db:seed`: (re)writes the demo newsroom; idempotent, so it can run on a seeded database. */
async function main() {
  const connection = await connectFromEnv(readEnv());
  try {
    await migrateToLatest(connection.db);
    const report = await seedDemoNewsroom(connection.db);
    console.log("seeded", report);
    await ensureDemoAccounts(connection.db, (line) => console.log(line));
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
