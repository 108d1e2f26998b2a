import { findPublishedColumnsDrift } from "@sahifa/db/publication/published-columns";
import { createTestDatabase, type TestDatabase } from "@sahifa/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { insertNewsroomFixture, UNPUBLISHED } from "./newsroom-fixture.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await insertNewsroomFixture(t.db);
});
afterAll(() => t?.close());

it("publishes through the one writer: drafts, reviews and archives hold no reader text", async () => {
  expect(await findPublishedColumnsDrift(t.db)).toEqual([]);
  const unpublished = await t.db
    .selectFrom("translations")
    .select(["status", "published_title"])
    .where("status", "!=", "published")
    .execute();
  expect(unpublished).toHaveLength(UNPUBLISHED.length);
  expect(unpublished.every((row) => row.published_title === null)).toBe(true);
});
