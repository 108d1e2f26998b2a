import { createUser } from "@sahifa/db/desk/users";
import { createTestDatabase, type TestDatabase } from "@sahifa/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "./password.ts";
import { createVerificationQueue, type VerificationQueue } from "./password-verification-queue.ts";
import { type SignInGuard, signIn } from "./sign-in.ts";
import { createSignInThrottle, SIGN_IN_LIMITS } from "./sign-in-throttle.ts";

let t: TestDatabase;
const PASSWORD = "harbour-lights-at-dusk";

beforeAll(async () => {
  t = await createTestDatabase();
  const passwordHash = await hashPassword(PASSWORD);
  for (const email of ["parallel@desk.test", "locked@desk.test", "known@desk.test", "fresh@desk.test"]) {
    await createUser(t.db, { email, displayName: "Desk", role: "editor", locales: ["en"], passwordHash });
  }
});
afterAll(() => t?.close());

/** A guard whose queue counts the password checks it runs; the throttle is the real one on this database. */
function countingGuard(): SignInGuard & { checks: () => number } {
  const queue = createVerificationQueue({ concurrency: 2, maxWaiting: 1_000 });
  let checks = 0;
  const verification: VerificationQueue = {
    run(check) {
      checks++;
      return queue.run(check);
    },
  };
  return { throttle: createSignInThrottle({ pgPool: t.pgPool }), verification, checks: () => checks };
}

const attempt = (guard: SignInGuard, email: string, password: string, client = "198.51.100.7") =>
  signIn(t.db, guard, { email, password, client, locale: "en" });

describe("signIn under parallel guessing", () => {
  it("checks at most the allowed number of 61 parallel guesses", async () => {
    const guard = countingGuard();
    const outcomes = await Promise.all(
      Array.from({ length: 61 }, (_, i) =>
        attempt(guard, "parallel@desk.test", `wrong-guess-${i}`, `192.0.2.${i}`),
      ),
    );
    const codes = outcomes.map((o) => (o.kind === "sign_in_failed" ? o.code : o.kind));
    expect(codes.filter((c) => c === "INVALID_CREDENTIALS")).toHaveLength(SIGN_IN_LIMITS.perEmail.points);
    expect(codes.filter((c) => c === "ACCOUNT_LOCKED")).toHaveLength(61 - SIGN_IN_LIMITS.perEmail.points);
    expect(guard.checks()).toBe(SIGN_IN_LIMITS.perEmail.points);
  });

  it("never signs in a locked account, even with the right password among 61 parallel guesses", async () => {
    const guard = countingGuard();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points; i++) {
      await attempt(guard, "locked@desk.test", `wrong-${i}`, `192.0.2.${i}`);
    }
    const guesses = Array.from({ length: 61 }, (_, i) => (i === 30 ? PASSWORD : `wrong-again-${i}`));
    const outcomes = await Promise.all(
      guesses.map((password, i) => attempt(guard, "locked@desk.test", password, `203.0.113.${i}`)),
    );
    expect(outcomes.every((o) => o.kind === "sign_in_failed" && o.code === "ACCOUNT_LOCKED")).toBe(true);
    expect(guard.checks()).toBe(SIGN_IN_LIMITS.perEmail.points);
  });

  it("answers a locked known email and a locked unknown email alike, without a password check", async () => {
    const guard = countingGuard();
    for (const email of ["known@desk.test", "nobody-here@desk.test"]) {
      for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points; i++) await attempt(guard, email, `wrong-${i}`, "a");
    }
    const before = guard.checks();
    const known = await attempt(guard, "known@desk.test", PASSWORD, "b");
    const unknown = await attempt(guard, "nobody-here@desk.test", PASSWORD, "b");
    expect(guard.checks()).toBe(before);
    const shape = (o: typeof known) => (o.kind === "sign_in_failed" ? [o.code, o.message] : [o.kind]);
    expect(shape(known)).toEqual(shape(unknown));
    expect(shape(known)[0]).toBe("ACCOUNT_LOCKED");
  });

  it("limits one client across many emails, and a success clears the email's failures", async () => {
    const guard = countingGuard();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points - 1; i++)
      await attempt(guard, "fresh@desk.test", "no", "c");
    expect((await attempt(guard, "fresh@desk.test", PASSWORD, "c")).kind).toBe("signed_in");
    // Cleared: the full allowance again.
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points - 1; i++) {
      expect(await attempt(guard, "fresh@desk.test", "no", "d")).toMatchObject({
        code: "INVALID_CREDENTIALS",
      });
    }
    const outcomes = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perClient.points; i++) {
      outcomes.push(await attempt(guard, `stranger-${i}@desk.test`, "guess", "e"));
    }
    expect(outcomes.at(-1)).toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
    expect(outcomes.at(-2)).toMatchObject({ code: "INVALID_CREDENTIALS" });
  });
});
