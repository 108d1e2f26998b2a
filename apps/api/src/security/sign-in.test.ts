import { createUser } from "@sahifa/db/desk/users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../auth/password.ts";
import { SIGN_IN_LIMITS } from "../auth/sign-in-throttle.ts";
import { createTestApp } from "../testing/test-app.ts";
import { createApp } from "../yoga.ts";

/**
 * Replays: 61 parallel guesses all checked and the right one signing in a locked account;
 * a locked account answering in 5 ms where an unknown email took 400 ms.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let app: ReturnType<typeof createApp>;
const PASSWORD = "lanterns-over-the-souk";
beforeAll(async () => {
  t = await createTestApp();
  // Behind one proxy, as in production: each guess comes from the client the proxy names.
  app = createApp({ db: t.db, trustedProxyHops: 1 });
  await createUser(t.db, {
    email: "chief@desk.test",
    displayName: "Chief Editor",
    role: "admin",
    locales: [],
    passwordHash: await hashPassword(PASSWORD),
  });
});
afterAll(() => t?.close());

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on SignInFailed { code message }
  }
}`;

async function signIn(email: string, password: string, client: string) {
  const started = performance.now();
  const response = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
  });
  const body = (await response.json()) as {
    data: { signIn: { __typename: string; code?: string; message?: string } };
  };
  return { ...body.data.signIn, ms: performance.now() - started };
}

describe("sign-in under attack", () => {
  it("never signs in a locked account, however many parallel guesses carry the right password", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points; i++)
      await signIn("chief@desk.test", `guess-${i}`, "192.0.2.1");
    const outcomes = await Promise.all(
      Array.from({ length: 61 }, (_, i) =>
        signIn("chief@desk.test", i % 7 === 0 ? PASSWORD : `x-${i}`, `198.51.100.${i}`),
      ),
    );
    expect(outcomes.filter((o) => o.__typename === "SignedIn")).toEqual([]);
    expect(outcomes.every((o) => o.code === "ACCOUNT_LOCKED")).toBe(true);
  });

  it("answers a locked account and a locked unknown email alike, both without a password check", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points; i++)
      await signIn("ghost@desk.test", `guess-${i}`, "192.0.2.2");
    const known = await signIn("chief@desk.test", PASSWORD, "203.0.113.1");
    const unknown = await signIn("ghost@desk.test", PASSWORD, "203.0.113.2");
    expect({ ...known, ms: 0 }).toEqual({ ...unknown, ms: 0 });
    // A password check (scrypt N=2^17) takes hundreds of milliseconds; neither answer waited for one.
    expect(Math.max(known.ms, unknown.ms)).toBeLessThan(150);
  });
});
