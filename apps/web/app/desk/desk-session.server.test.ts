import { describe, expect, it } from "vitest";
import { clearedSessionCookieHeader, readSessionToken, sessionCookieHeader } from "./desk-session.server.ts";

describe("desk session cookie", () => {
  it("is HttpOnly and SameSite=Lax, Secure on https only", async () => {
    const https = await sessionCookieHeader(new Request("https://sahifa.example/es/desk"), "tok", null);
    expect(https).toMatch(/HttpOnly/);
    expect(https).toMatch(/SameSite=Lax/);
    expect(https).toMatch(/Secure/);
    const http = await sessionCookieHeader(new Request("http://localhost:3000/es/desk"), "tok", null);
    expect(http).not.toMatch(/Secure/);
  });

  it("round-trips the token and clears it", async () => {
    const header = await sessionCookieHeader(new Request("http://localhost/"), "opaque-token", null);
    const cookie = header.split(";")[0] ?? "";
    expect(await readSessionToken(new Request("http://localhost/", { headers: { cookie } }))).toBe(
      "opaque-token",
    );
    expect(await readSessionToken(new Request("http://localhost/"))).toBeNull();
    expect(await clearedSessionCookieHeader(new Request("http://localhost/"))).toMatch(/Max-Age=0/);
  });
});
