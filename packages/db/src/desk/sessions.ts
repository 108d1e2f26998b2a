import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import type { DeskUser } from "./users.ts";

/**
 * Desk sessions: an opaque random token (32 bytes, base64url) goes to the
 * client; only its SHA-256 is stored, so a leaked table cannot be replayed.
 * A session ends after SESSION_IDLE_MS without use or SESSION_ABSOLUTE_MS
 * after sign-in, whichever comes first.
 */
export const SESSION_IDLE_MS = 12 * 3_600_000;
export const SESSION_ABSOLUTE_MS = 7 * 86_400_000;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  db: Kysely<Database>,
  userId: number,
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  // Sessions that ended without being presented again are only ever removed here.
  await db
    .deleteFrom("sessions")
    .where("user_id", "=", userId)
    .where((eb) =>
      eb.or([
        eb("expires_at", "<=", now),
        eb("last_seen_at", "<=", new Date(now.getTime() - SESSION_IDLE_MS)),
      ]),
    )
    .execute();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db
    .insertInto("sessions")
    .values({
      token_hash: hashSessionToken(token),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt };
}

export type SessionLookup =
  | { kind: "valid"; user: DeskUser; sessionId: number; expiresAt: Date }
  | { kind: "expired" }
  | { kind: "unknown" };

/** The user behind a token, if the session is alive and the user not disabled; touches the idle clock. */
export async function findSession(
  db: Kysely<Database>,
  token: string,
  now: Date = new Date(),
): Promise<SessionLookup> {
  if (token.length === 0 || token.length > 100) return { kind: "unknown" };
  const row = await db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .select([
      "s.id as sessionId",
      "s.last_seen_at as lastSeenAt",
      "s.expires_at as expiresAt",
      "u.id",
      "u.email",
      "u.display_name as displayName",
      "u.role",
      "u.locales",
      "u.language_pairs as languagePairs",
      "u.disabled",
      "u.created_at as createdAt",
    ])
    .where("s.token_hash", "=", hashSessionToken(token))
    .executeTakeFirst();
  if (!row) return { kind: "unknown" };
  const idleSince = now.getTime() - row.lastSeenAt.getTime();
  if (row.disabled || row.expiresAt.getTime() <= now.getTime() || idleSince >= SESSION_IDLE_MS) {
    await db.deleteFrom("sessions").where("id", "=", row.sessionId).execute();
    return { kind: "expired" };
  }
  if (idleSince >= TOUCH_INTERVAL_MS) {
    await db.updateTable("sessions").set({ last_seen_at: now }).where("id", "=", row.sessionId).execute();
  }
  const { sessionId, lastSeenAt: _lastSeen, expiresAt, ...user } = row;
  return { kind: "valid", user, sessionId, expiresAt };
}

export async function revokeSession(db: Kysely<Database>, token: string): Promise<boolean> {
  const result = await db
    .deleteFrom("sessions")
    .where("token_hash", "=", hashSessionToken(token))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function revokeUserSessions(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
