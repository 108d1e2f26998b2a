import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withdrawPublication } from "../publication/published-columns.ts";
import { addFixtureArticle, createFixtureTaxonomy, type FixtureTaxonomy } from "../search/search.fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { addLiveUpdate } from "./live-updates.ts";
import { listRunningLiveStories, type RunningLiveStoriesRequest } from "./running-live-stories.ts";

let test: TestDatabase;
let taxonomy: FixtureTaxonomy;
const NOW = Date.now();
const minutesAgo = (minutes: number) => new Date(NOW - minutes * 60_000);
const SINCE = minutesAgo(24 * 60);

/** A live story published in Arabic `publishedMinutesAgo`, with updates posted at the given ages. */
async function liveStory(title: string, publishedMinutesAgo: number, updateAges: number[] = []) {
  const id = await addFixtureArticle(test.db, taxonomy, {
    locale: "ar",
    kind: "live",
    title,
    summary: "تغطية متواصلة.",
    paragraphs: ["نص."],
    publishedAt: minutesAgo(publishedMinutesAgo),
  });
  for (const age of updateAges) {
    const added = await addLiveUpdate(test.db, {
      articleId: id,
      locale: "ar",
      body: `تحديث قبل ${age} دقيقة`,
    });
    if (!added.ok) throw new Error(added.problem.message);
    // Posting takes the clock's time; the test places each update where it needs it.
    await sql`update live_updates set created_at = ${minutesAgo(age).toISOString()}::timestamptz where id = ${added.update.id}`.execute(
      test.db,
    );
  }
  return id;
}

const page = (request: Partial<RunningLiveStoriesRequest> = {}) =>
  listRunningLiveStories(test.db, { locale: "ar", since: SINCE, limit: 10, inverted: false, ...request });

let recent: number;
let quiet: number;
let fresh: number;
let ended: number;
let withdrawn: number;

beforeAll(async () => {
  test = await createTestDatabase();
  taxonomy = await createFixtureTaxonomy(test.db);
  recent = await liveStory("مباشر: العاصفة", 3 * 24 * 60, [120, 5]);
  quiet = await liveStory("مباشر: الانتخابات", 10 * 60, [90]);
  fresh = await liveStory("مباشر: القمة", 30);
  ended = await liveStory("مباشر: الزلزال", 5 * 24 * 60, [4 * 24 * 60, 25 * 60]);
  withdrawn = await liveStory("مباشر: الفيضان", 60, [10]);
  await withdrawPublication(test.db, { articleId: withdrawn, locale: "ar" }, "archived", new Date());
  // An ordinary article published just now is never a live story.
  await addFixtureArticle(test.db, taxonomy, {
    locale: "ar",
    title: "خبر عادي",
    summary: "ملخص.",
    paragraphs: ["نص."],
  });
  // The English draft of a running story is not in the English edition.
  await addFixtureArticle(test.db, taxonomy, {
    articleId: recent,
    locale: "en",
    status: "draft",
    title: "Live: the storm",
    summary: "Rolling coverage.",
    paragraphs: ["Text."],
  });
});
afterAll(async () => {
  await test?.close();
});

describe("listRunningLiveStories", () => {
  it("lists the edition's running live stories, the most recently updated first, with the newest update", async () => {
    const stories = await page();
    expect(stories.map((s) => s.story.id)).toEqual([recent, fresh, quiet]);
    const [first, second] = stories;
    expect(first?.latestUpdate).toMatchObject({ articleId: recent, locale: "ar", body: "تحديث قبل 5 دقيقة" });
    expect(first?.lastUpdatedAt.getTime()).toBe(minutesAgo(5).getTime());
    expect(first?.story).toMatchObject({ kind: "live", title: "مباشر: العاصفة", locale: "ar" });
    // Before its first update a story counts from its publication.
    expect(second?.latestUpdate).toBeNull();
    expect(second?.lastUpdatedAt.getTime()).toBe(minutesAgo(30).getTime());
  });

  it("leaves out stories whose last update is older than the window, and what is not published", async () => {
    const ids = (await page()).map((s) => s.story.id);
    expect(ids).not.toContain(ended);
    expect(ids).not.toContain(withdrawn);
    expect(await page({ locale: "en" })).toEqual([]);
    expect(await page({ locale: "es" })).toEqual([]);
  });

  it("pages forwards and backwards by position", async () => {
    const [first, second] = await page({ limit: 2 });
    expect([first?.story.id, second?.story.id]).toEqual([recent, fresh]);
    const next = await page({ limit: 2, after: second?.position });
    expect(next.map((s) => s.story.id)).toEqual([quiet]);
    const back = await page({ limit: 2, before: next[0]?.position, inverted: true });
    expect(back.map((s) => s.story.id)).toEqual([fresh, recent]);
    expect(await page({ limit: 0 })).toEqual([]);
  });

  it("finds the edition's recent updates through an index, not by reading every update", async () => {
    const plan = await test.db.transaction().execute(async (trx) => {
      // With a handful of rows a sequential scan is cheaper; forbidding it shows the index serves the query.
      await sql`set local enable_seqscan = off`.execute(trx);
      return sql<Record<string, string>>`explain
        select article_id from live_updates where locale = 'ar' and created_at >= ${SINCE.toISOString()}::timestamptz`.execute(
        trx,
      );
    });
    expect(plan.rows.map((row) => Object.values(row).join("")).join("\n")).toContain(
      "live_updates_edition_recent_idx",
    );
  });
});
