import { readMostReadRollup } from "@sahifa/db/views/most-read-rollup";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startMostReadRefresher } from "./most-read-refresher.ts";
import { idOf } from "./testing/newsroom-fixture.ts";
import { createTestApp } from "./testing/test-app.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it("rolls most read up at start and on every tick, without blocking its caller", async () => {
  const today = new Date().toISOString().slice(0, 10);
  await t.db
    .insertInto("article_views_daily")
    .values([
      { article_id: idOf(12), locale: "en", day: today, views: 70 },
      { article_id: idOf(14), locale: "en", day: today, views: 90 },
    ])
    .execute();
  const lines: string[] = [];
  const refresher = startMostReadRefresher(t.db, { intervalMs: 200, log: (line) => lines.push(line) });
  // Nothing is rolled up yet when start returns: the work happens in the background.
  expect(lines).toEqual([]);
  await refresher.stop();
  expect(lines[0]).toMatch(/^rolled up in \d+ ms$/);
  const ranked = await readMostReadRollup(t.db, "en", 7, 5);
  expect(ranked?.map((entry) => entry.article.id)).toEqual([idOf(14), idOf(12)]);
});
