import { createUser } from "@sahifa/db/desk/users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "./auth/password.ts";
import { SESSION_COOKIE } from "./auth/session-cookie.ts";
import { createTestApp } from "./testing/test-app.ts";
import { CSRF_HEADER } from "./yoga.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
let cookie = "";
const PASSWORD = "salt-marsh-at-noon";
const ME = "{ me { email } }";

beforeAll(async () => {
  t = await createTestApp();
  await createUser(t.db, {
    email: "csrf@desk.test",
    displayName: "Desk Editor",
    role: "editor",
    locales: ["en"],
    passwordHash: await hashPassword(PASSWORD),
  });
  const signedIn = await t.query(
    "mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { ... on SignedIn { token } } }",
    { email: "csrf@desk.test", password: PASSWORD },
  );
  cookie = `${SESSION_COOKIE}=${signedIn.data?.signIn.token}`;
});
afterAll(() => t?.close());

async function me(init: RequestInit, path = "/graphql") {
  const response = await t.app.fetch(`http://test${path}`, init);
  return { status: response.status, body: (await response.json()) as { data?: { me: unknown } } };
}

describe("CSRF prevention", () => {
  it("answers a cookie-carrying request a browser would have preflighted (application/json)", async () => {
    const { status, body } = await me({
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(status).toBe(200);
    expect(body.data?.me).toEqual({ email: "csrf@desk.test" });
  });

  it("refuses a cross-site form POST carrying the session cookie, and runs nothing", async () => {
    for (const contentType of [
      "application/x-www-form-urlencoded",
      "text/plain",
      "multipart/form-data; boundary=x",
    ]) {
      const response = await t.app.fetch("http://test/graphql", {
        method: "POST",
        headers: {
          "content-type": contentType,
          cookie,
          origin: "https://evil.example",
          "sec-fetch-site": "cross-site",
        },
        body: new URLSearchParams({ query: "mutation { signOut }" }).toString(),
      });
      expect(response.status, contentType).toBe(403);
      expect(await response.text()).toMatch(/CSRF/);
    }
    // The sign-out never ran: the session still answers.
    const after = await me({
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(after.body.data?.me).toEqual({ email: "csrf@desk.test" });
  });

  it("refuses a bare GET with the cookie, and answers it with the CSRF header", async () => {
    const path = `/graphql?query=${encodeURIComponent(ME)}`;
    expect((await me({ headers: { cookie } }, path)).status).toBe(403);
    const allowed = await me({ headers: { cookie, [CSRF_HEADER]: "1" } }, path);
    expect(allowed.status).toBe(200);
    expect(allowed.body.data?.me).toEqual({ email: "csrf@desk.test" });
  });
});
