import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing.ts";

describe("createTestDatabase", () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it("gives a migrated database", async () => {
    const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      first.db,
    );
    expect(migrations.rows.map((r) => r.name)).toContain("2026-11-24T00-00_content-model");
    const users = await first.db.selectFrom("users").select("id").execute();
    expect(users).toEqual([]);
  });

  it("isolates one database from another", async () => {
    await first.db.insertInto("tags").values({ slug: "only-in-first" }).execute();
    const inFirst = await first.db.selectFrom("tags").select("slug").execute();
    const inSecond = await second.db.selectFrom("tags").select("slug").execute();
    expect(inFirst.map((t) => t.slug)).toEqual(["only-in-first"]);
    expect(inSecond).toEqual([]);
  });

  it("matches the backend chosen by DATABASE_URL", () => {
    expect(first.kind).toBe(process.env.DATABASE_URL ? "pg" : "pglite");
  });
});
