import { createHash } from "node:crypto";
import { normalizeEmail } from "@sahifa/db/desk/users";
import type pg from "pg";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from "rate-limiter-flexible";

/**
 * Sign-in attempts counted per email and per client before any password is checked
 * (docs/architecture/020-sign-in-throttle.md). The count is reserved atomically by the
 * store, so parallel guesses each take a slot and none slips past the limit; unknown emails
 * are counted exactly like known ones, so a refusal tells nothing about who has an account.
 */
export const SIGN_IN_LIMITS = {
  /** Failed attempts an email gets per window; a success clears them. */
  perEmail: { points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  /** Attempts one client (address) gets per window, whatever the emails. */
  perClient: { points: 20, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
} as const;

export type Reservation =
  | { kind: "reserved" }
  | { kind: "refused"; by: "email" | "client"; retryAfter: Date };

export interface SignInThrottle {
  /** Takes one attempt for this email and this client, or says which limit refuses and until when. */
  reserve(email: string, client: string, now?: Date): Promise<Reservation>;
  /** A successful sign-in: the email's failed attempts are forgotten. */
  clear(email: string): Promise<void>;
}

/**
 * In memory: one process only, so for the embedded database (PGlite), which a second instance
 * cannot open anyway. With PostgreSQL every instance shares the `sign_in_throttle` table.
 */
export function createSignInThrottle(
  store: { pgPool?: pg.Pool } = {},
  /** Attempts per client address per window; a newsroom behind one office address may need more. */
  attemptsPerClient: number = SIGN_IN_LIMITS.perClient.points,
): SignInThrottle {
  const limiter = (
    prefix: string,
    limit: { points: number; durationSeconds: number; blockSeconds: number },
  ) => {
    const options = {
      keyPrefix: prefix,
      points: limit.points,
      duration: limit.durationSeconds,
      blockDuration: limit.blockSeconds,
    };
    if (!store.pgPool) return new RateLimiterMemory(options);
    return new RateLimiterPostgres({
      ...options,
      storeClient: store.pgPool,
      storeType: "pool",
      tableName: "sign_in_throttle",
      // Created by the migrations, like every other table.
      tableCreated: true,
      // While PostgreSQL is unreachable this instance keeps counting on its own rather than let guesses through.
      insuranceLimiter: new RateLimiterMemory(options),
    });
  };
  const perEmail = limiter("email", SIGN_IN_LIMITS.perEmail);
  const perClient = limiter("client", { ...SIGN_IN_LIMITS.perClient, points: attemptsPerClient });

  return {
    async reserve(email, client, now = new Date()) {
      const [byEmail, byClient] = await Promise.all([
        consume(perEmail, emailKey(email)),
        consume(perClient, digest(client)),
      ]);
      const refusal = byEmail ?? byClient;
      if (refusal === undefined) return { kind: "reserved" };
      const waitMs = Math.max(byEmail?.msBeforeNext ?? 0, byClient?.msBeforeNext ?? 0);
      return {
        kind: "refused",
        by: byEmail ? "email" : "client",
        retryAfter: new Date(now.getTime() + waitMs),
      };
    },
    async clear(email) {
      await perEmail.delete(emailKey(email));
    },
  };
}

/** Resolves to the refusal, or undefined when the attempt was counted. */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection;
    throw rejection;
  }
}

/** Throttle keys are digests: the table holds no email address and no client address. */
function emailKey(email: string): string {
  return digest(normalizeEmail(email));
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}
