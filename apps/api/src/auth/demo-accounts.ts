import type { Database } from "@sahifa/db/database";
import { seedDemoUsers } from "@sahifa/db/desk/demo-users";
import type { Kysely } from "kysely";
import { hashPassword } from "./password.ts";

/**
 * Creates the demo desk accounts (README lists their passwords) that do not
 * exist yet. Called where the demo newsroom is seeded, never on its own, so
 * a production database that was not seeded gets no public passwords.
 */
export async function ensureDemoAccounts(db: Kysely<Database>, log: (line: string) => void): Promise<void> {
  const { created } = await seedDemoUsers(db, hashPassword);
  if (created.length > 0) log(`demo desk accounts: ${created.join(", ")}`);
}
