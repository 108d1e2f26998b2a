import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transitionTranslation } from "../desk/translation-workflow.ts";
import { addFixtureArticle, createFixtureTaxonomy, type FixtureTaxonomy } from "../search/search.fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { mostRead } from "./most-read.ts";
import { pruneViewBeacons, recordView } from "./view-count.ts";
import { viewsFixtureArticle } from "./views.fixtures.ts";
import { visitorSalt } from "./visitor-salt.ts";

let test: TestDatabase;
let taxonomy: FixtureTaxonomy;
const now = new Date("2026-11-24T12:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

beforeAll(async () => {
  test = await createTestDatabase();
  taxonomy = await createFixtureTaxonomy(test.db);
});
afterAll(async () => {
  await test?.close();
});

const article = (...args: Parameters<ReturnType<typeof viewsFixtureArticle>>) =>
  viewsFixtureArticle(test.db, taxonomy, now)(...args);

async function views(times: number, articleId: number, locale: "en" | "ar" | "es", at: Date) {
  for (let i = 0; i < times; i++)
    await recordView(test.db, { articleId, locale, at, visitor: `reader-${i}` });
}

describe("recordView", () => {
  it("counts per translation per UTC day", async () => {
    const id = await article("Counting views");
    expect(await recordView(test.db, { articleId: id, locale: "en", at: now, visitor: "a" })).toBe(true);
    await recordView(test.db, { articleId: id, locale: "en", at: now, visitor: "b" });
    await recordView(test.db, { articleId: id, locale: "en", at: daysAgo(1), visitor: "a" });
    const rows = await test.db
      .selectFrom("article_views_daily")
      .select(["locale", sql<string>`day::text`.as("day"), "views"])
      .where("article_id", "=", id)
      .orderBy("day")
      .execute();
    expect(rows).toEqual([
      { locale: "en", day: "2026-11-23", views: 1 },
      { locale: "en", day: "2026-11-24", views: 2 },
    ]);
  });

  it("does not count drafts, missing editions or unknown articles", async () => {
    const draft = await article("Still a draft", "en", "draft");
    const englishOnly = await article("English only");
    expect(await recordView(test.db, { articleId: draft, locale: "en", at: now, visitor: "a" })).toBe(false);
    expect(await recordView(test.db, { articleId: englishOnly, locale: "ar", at: now, visitor: "a" })).toBe(
      false,
    );
    expect(await recordView(test.db, { articleId: 987_654, locale: "en", at: now, visitor: "a" })).toBe(
      false,
    );
    const counted = await test.db
      .selectFrom("article_views_daily")
      .select("article_id")
      .where("article_id", "in", [draft, englishOnly, 987_654])
      .execute();
    expect(counted).toEqual([]);
  });
});

describe("recordView from one visitor", () => {
  it("counts once per article and hour, however many beacons it sends", async () => {
    const id = await article("Replayed beacons");
    const counted = [];
    for (let i = 0; i < 50; i++)
      counted.push(await recordView(test.db, { articleId: id, locale: "en", at: now, visitor: "same" }));
    expect(counted.filter(Boolean)).toHaveLength(1);
    const nextHour = new Date(now.getTime() + 3_600_000);
    expect(await recordView(test.db, { articleId: id, locale: "en", at: nextHour, visitor: "same" })).toBe(
      true,
    );
    const total = await test.db
      .selectFrom("article_views_daily")
      .select((eb) => eb.fn.sum<string>("views").as("views"))
      .where("article_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(Number(total.views)).toBe(2);
    await pruneViewBeacons(test.db, nextHour);
    const left = await test.db
      .selectFrom("view_beacons")
      .select("hour")
      .where("article_id", "=", id)
      .execute();
    expect(left).toHaveLength(1);
  });
});

describe("visitorSalt", () => {
  it("is one secret per day for every caller, and yesterday's is gone", async () => {
    const today = await visitorSalt(test.db, daysAgo(1));
    expect(await visitorSalt(test.db, daysAgo(1))).toBe(today);
    const tomorrow = await visitorSalt(test.db, now);
    expect(tomorrow).not.toBe(today);
    const days = await test.db.selectFrom("view_salts").select(sql<string>`day::text`.as("day")).execute();
    expect(days).toEqual([{ day: "2026-11-24" }]);
  });
});

describe("mostRead", () => {
  it("ranks an edition's articles by views over the window, and caches briefly", async () => {
    const [a, b, c, old] = [
      await article("Alpha", "es"),
      await article("Beta", "es"),
      await article("Gamma", "es"),
      await article("Old story", "es"),
    ];
    await views(3, a, "es", now);
    await views(5, b, "es", daysAgo(6));
    await views(1, c, "es", daysAgo(2));
    await views(50, old, "es", daysAgo(7));
    const arabic = await article("ألفا", "ar");
    await views(100, arabic, "ar", now);

    const ttl = 1_000;
    const ranking = await mostRead(test.db, "es", { now, limit: 10 }, ttl);
    expect(ranking.map((entry) => [entry.article.id, entry.views])).toEqual([
      [b, 5],
      [a, 3],
      [c, 1],
    ]);

    await views(10, c, "es", now);
    const cached = await mostRead(test.db, "es", { now, limit: 10 }, ttl);
    expect(cached.map((entry) => entry.article.id)).toEqual([b, a, c]);
    await new Promise((resolve) => setTimeout(resolve, ttl + 50));
    const fresh = await mostRead(test.db, "es", { now, limit: 10 }, ttl);
    expect(fresh.map((entry) => entry.article.id)).toEqual([c, b, a]);

    const wider = await mostRead(test.db, "es", { now, days: 8, limit: 2 });
    expect(wider.map((entry) => entry.article.id)).toEqual([old, c]);
  });

  it("drops an unpublished article from a cached list at once", async () => {
    const [kept, withdrawn] = [await article("Kept on the list"), await article("Withdrawn story")];
    await views(40, withdrawn, "en", now);
    await views(30, kept, "en", now);
    const before = await mostRead(test.db, "en", { now, limit: 2 });
    expect(before.map((entry) => entry.article.id)).toEqual([withdrawn, kept]);
    expect(
      await transitionTranslation(test.db, { articleId: withdrawn, locale: "en" }, "unpublish", { now: now }),
    ).toMatchObject({
      kind: "transitioned",
    });
    const after = await mostRead(test.db, "en", { now, limit: 2 });
    expect(after.map((entry) => entry.article.id)).not.toContain(withdrawn);
    expect(after[0]?.article.id).toBe(kept);
  });
});
