import { createTestDatabase } from "@sahifa/db/testing";
import { SEARCH_NORMALIZER_VERSION } from "@sahifa/domain/search-word-forms";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "./database-setup.ts";
import { insertNewsroomFixture } from "./testing/newsroom-fixture.ts";

let connection: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  connection = await createTestDatabase();
  await insertNewsroomFixture(connection.db);
});
afterAll(() => connection?.close());

async function searchDocuments(locale: string): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    select count(*)::text as count from translation_search where locale = ${locale}`.execute(connection.db);
  return Number(rows[0]?.count ?? 0);
}

describe("prepareDatabase on a database that has content", () => {
  it("brings the search index up to date before the API serves, and rebuilds what a migration dropped", async () => {
    // The fixture writes content straight into the tables, as a bulk import would: no documents yet.
    expect(await searchDocuments("ar")).toBe(0);
    await prepareDatabase(connection, () => {});
    const arabic = await searchDocuments("ar");
    const english = await searchDocuments("en");
    expect(arabic).toBeGreaterThan(0);
    expect(english).toBeGreaterThan(0);

    // What the Arabic search rebuild migration does to an existing database.
    await sql`delete from translation_search where locale = 'ar'`.execute(connection.db);
    const lines: string[] = [];
    await prepareDatabase(connection, (line) => lines.push(line));
    expect(await searchDocuments("ar")).toBe(arabic);
    expect(await searchDocuments("en")).toBe(english);
    expect(lines).toContain(`search index: ${arabic} documents rebuilt`);
  });

  it("rebuilds the documents an older normaliser built, with no migration", async () => {
    await prepareDatabase(connection, () => {});
    const arabic = await searchDocuments("ar");
    // What an index built before a rule change looks like: the old version, the old lexemes.
    await sql`update translation_search set normalizer_version = ${SEARCH_NORMALIZER_VERSION - 1},
      document = to_tsvector('arabic', 'قديم') where locale = 'ar'`.execute(connection.db);
    const lines: string[] = [];
    await prepareDatabase(connection, (line) => lines.push(line));
    expect(lines).toContain(`search index: ${arabic} documents rebuilt`);
    const { rows } = await sql<{ version: number; old: boolean }>`
      select distinct normalizer_version as version, document @@ 'قديم'::tsquery as old
      from translation_search`.execute(connection.db);
    expect(rows).toEqual([{ version: SEARCH_NORMALIZER_VERSION, old: false }]);
  });
});
