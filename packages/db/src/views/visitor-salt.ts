import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { utcDay } from "./view-count.ts";

/**
 * The secret of the day that view beacons hash visitors under: shared by every API instance
 * (the first to need it creates it), and deleted once the day is over, so yesterday's visitor
 * keys can no longer be linked to anyone.
 */
export async function visitorSalt(db: Kysely<Database>, now: Date = new Date()): Promise<string> {
  const day = utcDay(now);
  await db
    .insertInto("view_salts")
    .values({ day, salt: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("day").doNothing())
    .execute();
  await db.deleteFrom("view_salts").where("day", "<", day).execute();
  const row = await db
    .selectFrom("view_salts")
    .select("salt")
    .where("day", "=", day)
    .executeTakeFirstOrThrow();
  return row.salt;
}
