import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { DEMO_USERS, seedDemoUsers } from "./demo-users.ts";
import {
  createSession,
  findSession,
  hashSessionToken,
  revokeSession,
  revokeUserSessions,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from "./sessions.ts";
import { createUser, findUserByEmail, findUserForSignIn } from "./users.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

describe("users", () => {
  it("creates a user with a normalised email, finds it, refuses duplicates and bad input", async () => {
    const created = await createUser(t.db, {
      email: "  Rana@Example.COM ",
      displayName: "Rana",
      role: "editor",
      locales: ["ar"],
      passwordHash: "h",
    });
    expect(created).toMatchObject({
      kind: "created",
      user: { email: "rana@example.com", role: "editor", locales: ["ar"] },
    });
    expect(await findUserByEmail(t.db, "RANA@example.com")).toMatchObject({ displayName: "Rana" });
    expect(
      await createUser(t.db, {
        email: "rana@example.com",
        displayName: "R",
        role: "editor",
        locales: ["ar"],
        passwordHash: "h",
      }),
    ).toMatchObject({ kind: "invalid", errors: [{ field: "email" }] });
    expect(
      await createUser(t.db, {
        email: "x@example.com",
        displayName: "X",
        role: "translator",
        locales: [],
        passwordHash: "h",
      }),
    ).toMatchObject({ kind: "invalid", errors: [{ field: "locales" }] });
    const pairs = await createUser(t.db, {
      email: "karim@example.com",
      displayName: "Karim",
      role: "translator",
      locales: ["es"],
      languagePairs: [
        { source: "en", target: "ar" },
        { source: "en", target: "ar" },
      ],
      passwordHash: "h",
    });
    // A translator's editions are the targets of their pairs.
    expect(pairs).toMatchObject({
      kind: "created",
      user: { locales: ["ar"], languagePairs: [{ source: "en", target: "ar" }] },
    });
    const fromLocales = await createUser(t.db, {
      email: "lucia@example.com",
      displayName: "Lucía",
      role: "translator",
      locales: ["es"],
      passwordHash: "h",
    });
    expect(fromLocales.kind === "created" && fromLocales.user.languagePairs).toEqual([
      { source: "en", target: "es" },
      { source: "ar", target: "es" },
    ]);
    expect(
      await createUser(t.db, {
        email: "same@example.com",
        displayName: "Same",
        role: "translator",
        locales: [],
        languagePairs: [{ source: "es", target: "es" } as never],
        passwordHash: "h",
      }),
    ).toMatchObject({ kind: "invalid", errors: [{ field: "languagePairs" }] });
    expect(
      await createUser(t.db, {
        email: "not-an-email",
        displayName: "X",
        role: "admin",
        locales: [],
        passwordHash: "h",
      }),
    ).toMatchObject({ kind: "invalid", errors: [{ field: "email" }] });
  });
});

describe("sessions", () => {
  it("stores only a hash, and ends on idle, absolute expiry, revoke and disabled users", async () => {
    const result = await createUser(t.db, {
      email: "s@example.com",
      displayName: "S",
      role: "translator",
      locales: ["es"],
      passwordHash: "h",
    });
    if (result.kind !== "created") throw new Error("no user");
    const userId = result.user.id;
    const start = new Date("2026-11-24T08:00:00Z");
    const { token } = await createSession(t.db, userId, start);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = await t.db
      .selectFrom("sessions")
      .select("token_hash")
      .where("user_id", "=", userId)
      .execute();
    expect(stored).toEqual([{ token_hash: hashSessionToken(token) }]);
    expect(stored[0]?.token_hash).not.toContain(token);

    const at = (ms: number) => new Date(start.getTime() + ms);
    expect(await findSession(t.db, token, at(1000))).toMatchObject({
      kind: "valid",
      user: { id: userId, locales: ["es"] },
    });
    // Used every few hours: alive past one idle period.
    for (let hours = 6; hours <= 36; hours += 6) {
      expect((await findSession(t.db, token, at(hours * 3_600_000))).kind).toBe("valid");
    }
    expect((await findSession(t.db, "forged-token", at(0))).kind).toBe("unknown");

    const idle = await createSession(t.db, userId, start);
    expect((await findSession(t.db, idle.token, at(SESSION_IDLE_MS + 1))).kind).toBe("expired");
    expect((await findSession(t.db, idle.token, at(SESSION_IDLE_MS + 2))).kind).toBe("unknown");

    const old = await createSession(t.db, userId, start);
    let now = start.getTime();
    while (now + SESSION_IDLE_MS / 2 < start.getTime() + SESSION_ABSOLUTE_MS) {
      now += SESSION_IDLE_MS / 2;
      expect((await findSession(t.db, old.token, new Date(now))).kind).toBe("valid");
    }
    expect((await findSession(t.db, old.token, at(SESSION_ABSOLUTE_MS))).kind).toBe("expired");

    const revoked = await createSession(t.db, userId, start);
    expect(await revokeSession(t.db, revoked.token)).toBe(true);
    expect((await findSession(t.db, revoked.token, at(1))).kind).toBe("unknown");

    const disabled = await createSession(t.db, userId, start);
    await t.db.updateTable("users").set({ disabled: true }).where("id", "=", userId).execute();
    expect((await findSession(t.db, disabled.token, at(1))).kind).toBe("expired");
    // A new sign-in clears the user's ended sessions; live ones stay.
    await t.db.updateTable("users").set({ disabled: false }).where("id", "=", userId).execute();
    const live = await createSession(t.db, userId, at(SESSION_ABSOLUTE_MS));
    const leftover = await createSession(t.db, userId, at(0));
    await createSession(t.db, userId, at(SESSION_ABSOLUTE_MS + 1000));
    expect((await findSession(t.db, live.token, at(SESSION_ABSOLUTE_MS + 2000))).kind).toBe("valid");
    expect((await findSession(t.db, leftover.token, at(SESSION_ABSOLUTE_MS + 2000))).kind).toBe("unknown");
    expect(await revokeUserSessions(t.db, userId)).toBe(2);
  });
});

describe("seedDemoUsers", () => {
  it("creates every demo account once, hashing through the given function", async () => {
    const hashed: string[] = [];
    const hash = async (password: string) => {
      hashed.push(password);
      return `hashed:${password}`;
    };
    const first = await seedDemoUsers(t.db, hash);
    expect(first.created).toHaveLength(DEMO_USERS.length);
    expect((await seedDemoUsers(t.db, hash)).created).toEqual([]);
    expect(hashed).toHaveLength(DEMO_USERS.length);
    expect(await findUserForSignIn(t.db, "editor.ar@sahifa.example")).toMatchObject({
      role: "editor",
      locales: ["ar"],
      passwordHash: "hashed:demo-editor-ar",
    });
  });
});
