import type { Database } from "@sahifa/db/database";
import { createSession } from "@sahifa/db/desk/sessions";
import { type DeskUser, findUserForSignIn } from "@sahifa/db/desk/users";
import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import { apiMessage } from "../messages.ts";
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from "./password.ts";
import type { VerificationQueue } from "./password-verification-queue.ts";
import type { SignInThrottle } from "./sign-in-throttle.ts";

export type SignInOutcome =
  | { kind: "signed_in"; user: DeskUser; token: string; expiresAt: Date }
  | {
      kind: "sign_in_failed";
      code: "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "TOO_MANY_ATTEMPTS";
      message: string;
      retryAfter: Date | null;
    };

export interface SignInGuard {
  throttle: SignInThrottle;
  verification: VerificationQueue;
}

/** How long a client told "busy" should wait: a queue of password checks drains within seconds. */
const BUSY_RETRY_MS = 5_000;

/**
 * Email + password sign-in. The attempt is reserved (per email, per client) before anything
 * is looked up or verified, so parallel guesses cannot outrun the limit and a locked email's
 * right password is never even checked; an email's lock looks and costs the same whether or
 * not an account has it; an unknown email costs the same password check as a wrong password.
 */
export async function signIn(
  db: Kysely<Database>,
  guard: SignInGuard,
  attempt: { email: string; password: string; client: string; locale: Locale },
  now: Date = new Date(),
): Promise<SignInOutcome> {
  const reservation = await guard.throttle.reserve(attempt.email, attempt.client, now);
  if (reservation.kind === "refused") {
    return reservation.by === "email"
      ? locked(attempt.locale, reservation.retryAfter, now)
      : tooMany(attempt.locale, reservation.retryAfter);
  }
  const user = await findUserForSignIn(db, attempt.email);
  const usable = user !== undefined && !user.disabled && attempt.password.length <= MAX_PASSWORD_LENGTH;
  const hash = usable ? user.passwordHash : await dummyPasswordHash();
  const checked = await guard.verification.run(() =>
    verifyPassword(attempt.password.slice(0, MAX_PASSWORD_LENGTH), hash),
  );
  if (checked.kind === "busy") return tooMany(attempt.locale, new Date(now.getTime() + BUSY_RETRY_MS));
  if (!usable || !checked.value) {
    return {
      kind: "sign_in_failed",
      code: "INVALID_CREDENTIALS",
      message: apiMessage(attempt.locale, "signInInvalid"),
      retryAfter: null,
    };
  }
  await guard.throttle.clear(attempt.email);
  const session = await createSession(db, user.id, now);
  const { passwordHash: _hash, ...profile } = user;
  return { kind: "signed_in", user: profile, ...session };
}

function locked(locale: Locale, until: Date, now: Date): SignInOutcome {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return {
    kind: "sign_in_failed",
    code: "ACCOUNT_LOCKED",
    message: apiMessage(locale, "signInLocked", { count: minutes }),
    retryAfter: until,
  };
}

function tooMany(locale: Locale, until: Date): SignInOutcome {
  return {
    kind: "sign_in_failed",
    code: "TOO_MANY_ATTEMPTS",
    message: apiMessage(locale, "signInTooMany"),
    retryAfter: until,
  };
}
