import { describe, expect, it } from "vitest";
import { clearedSessionCookieHeader, readSessionToken, sessionCookieHeader } from "./desk-session.server.ts";

describe("desk session cookie", () => {
  it("is HttpOnly and SameSite=Lax, Secure on https only", () => {
    const https = sessionCookieHeader(new Request("https://sahifa.example/es"), "tok", null);
    expect(https).toMatch(/HttpOnly/);
    expect(https).toMatch(/SameSite=Lax/);
    expect(https).toMatch(/Secure/);
    const http = sessionCookieHeader(new Request("http://localhost:3001/es"), "tok", null);
    expect(http).not.toMatch(/Secure/);
    const proxied = new Request("http://desk.internal/es", { headers: { "x-forwarded-proto": "https" } });
    expect(sessionCookieHeader(proxied, "tok", null)).toMatch(/Secure/);
  });

  it("round-trips the token among other cookies, expires with the session, and clears it", () => {
    const expires = new Date("2026-12-08T10:00:00Z");
    const header = sessionCookieHeader(new Request("http://localhost/"), "opaque-token", expires);
    expect(header).toContain("Expires=Tue, 08 Dec 2026 10:00:00 GMT");
    const cookie = `theme=dark; ${header.split(";")[0] ?? ""}`;
    expect(readSessionToken(new Request("http://localhost/", { headers: { cookie } }))).toBe("opaque-token");
    expect(readSessionToken(new Request("http://localhost/"))).toBeNull();
    expect(
      readSessionToken(new Request("http://localhost/", { headers: { cookie: "sahifa_desk=" } })),
    ).toBeNull();
    expect(clearedSessionCookieHeader(new Request("http://localhost/"))).toMatch(/Max-Age=0/);
  });

  it("ignores a cookie no API token looks like, which could not even be sent on as a header", () => {
    for (const cookie of [
      "sahifa_desk=forged%00token",
      "sahifa_desk=a%20b",
      `sahifa_desk=${"z".repeat(600)}`,
    ]) {
      expect(readSessionToken(new Request("http://localhost/", { headers: { cookie } })), cookie).toBeNull();
    }
  });
});
