import { createUser } from "@sahifa/db/desk/users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../auth/password.ts";
import { SESSION_COOKIE } from "../../auth/session-cookie.ts";
import { createTestApp } from "../../testing/test-app.ts";

let app: Awaited<ReturnType<typeof createTestApp>>;
const PASSWORD = "tide-tables-at-dawn";

beforeAll(async () => {
  app = await createTestApp();
  const hash = await hashPassword(PASSWORD);
  for (const email of ["editor@desk.test", "locked@desk.test"]) {
    await createUser(app.db, {
      email,
      displayName: "Desk Editor",
      role: "editor",
      locales: ["es"],
      passwordHash: hash,
    });
  }
});
afterAll(() => app?.close());

const SIGN_IN = /* GraphQL */ `
  mutation ($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      __typename
      ... on SignedIn { token expiresAt user { email role locales } }
      ... on SignInFailed { code message retryAfter }
    }
  }
`;

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await app.app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as { data: Record<string, any> } };
}

describe("sign-in, sessions and sign-out", () => {
  it("signs in, sets an HttpOnly SameSite cookie, and the session works by cookie and by bearer", async () => {
    const { response, body } = await post(SIGN_IN, { email: "Editor@Desk.test", password: PASSWORD });
    expect(body.data.signIn).toMatchObject({
      __typename: "SignedIn",
      user: { email: "editor@desk.test", role: "editor", locales: ["es"] },
    });
    const token = body.data.signIn.token as string;
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`${SESSION_COOKIE}=${token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const ME = "{ me { email } }";
    expect((await post(ME, {}, { cookie: `other=1; ${SESSION_COOKIE}=${token}` })).body.data.me).toEqual({
      email: "editor@desk.test",
    });
    expect((await post(ME, {}, { authorization: `Bearer ${token}` })).body.data.me).toEqual({
      email: "editor@desk.test",
    });
    expect((await post(ME, {})).body.data.me).toBeNull();
    // A cookie sent along with a cross-site request is ignored.
    expect(
      (await post(ME, {}, { cookie: `${SESSION_COOKIE}=${token}`, "sec-fetch-site": "cross-site" })).body.data
        .me,
    ).toBeNull();

    const out = await post("mutation { signOut }", {}, { authorization: `Bearer ${token}` });
    expect(out.body.data.signOut).toBe(true);
    expect(out.response.headers.get("set-cookie")).toContain("Max-Age=0");
    expect((await post(ME, {}, { authorization: `Bearer ${token}` })).body.data.me).toBeNull();
    // A stale session gets told to sign in again, not just "forbidden".
    const stale = await post(
      'mutation { publishTranslation(articleId: "101", locale: es) { __typename ... on DeskError { code message } } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(stale.body.data.publishTranslation).toMatchObject({
      __typename: "Forbidden",
      code: "SESSION_EXPIRED",
    });
  });

  it("answers wrong passwords and unknown emails alike, and locks the email after repeated failures", async () => {
    const unknown = (await post(SIGN_IN, { email: "nobody@desk.test", password: PASSWORD })).body.data.signIn;
    const wrong = (await post(SIGN_IN, { email: "locked@desk.test", password: "wrong-password" })).body.data
      .signIn;
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({ code: "INVALID_CREDENTIALS", retryAfter: null });
    for (let i = 0; i < 4; i++)
      await post(SIGN_IN, { email: "locked@desk.test", password: "wrong-password" });
    // Locked: even the right password is refused, unchecked, until the lock ends.
    const locked = (await post(SIGN_IN, { email: "locked@desk.test", password: PASSWORD })).body.data.signIn;
    expect(locked).toMatchObject({ __typename: "SignInFailed", code: "ACCOUNT_LOCKED" });
    expect(Date.parse(locked.retryAfter)).toBeGreaterThan(Date.now());
  });
});
