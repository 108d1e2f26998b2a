import type { Database } from "@sahifa/db/database";
import { createSession } from "@sahifa/db/desk/sessions";
import {
  type DeskUser,
  findUserForSignIn,
  recordFailedSignIn,
  recordSuccessfulSignIn,
} from "@sahifa/db/desk/users";
import type { Kysely } from "kysely";
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from "./password.ts";

export type SignInOutcome =
  | { kind: "signed_in"; user: DeskUser; token: string; expiresAt: Date }
  | {
      kind: "sign_in_failed";
      code: "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED";
      message: string;
      retryAfter: Date | null;
    };

const INVALID = {
  kind: "sign_in_failed",
  code: "INVALID_CREDENTIALS",
  message: "The email or password is wrong. Check both and try again.",
  retryAfter: null,
} as const;

/**
 * Email + password sign-in with per-account throttling: a locked account is
 * refused before the password is checked (so guessing during the lock
 * teaches nothing); an unknown email costs the same KDF work as a wrong
 * password and gets the same answer.
 */
export async function signIn(
  db: Kysely<Database>,
  email: string,
  password: string,
  now: Date = new Date(),
): Promise<SignInOutcome> {
  const user = await findUserForSignIn(db, email);
  if (!user || user.disabled || password.length > MAX_PASSWORD_LENGTH) {
    await verifyPassword(password.slice(0, MAX_PASSWORD_LENGTH), await dummyPasswordHash());
    return INVALID;
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > now.getTime()) {
    return locked(user.lockedUntil);
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const failure = await recordFailedSignIn(db, user.id, now);
    return failure.lockedUntil ? locked(failure.lockedUntil) : INVALID;
  }
  await recordSuccessfulSignIn(db, user.id);
  const session = await createSession(db, user.id, now);
  const { passwordHash: _hash, failedSignIns: _failed, lockedUntil: _locked, ...profile } = user;
  return { kind: "signed_in", user: profile, ...session };
}

function locked(until: Date): SignInOutcome {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return {
    kind: "sign_in_failed",
    code: "ACCOUNT_LOCKED",
    message: `Too many failed sign-ins: this account is locked for about ${minutes} minute(s). Try again later or ask an admin.`,
    retryAfter: until,
  };
}
