import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transitionTranslation } from "../desk/translation-workflow.ts";
import { createFixtureTaxonomy, type FixtureTaxonomy } from "../search/search.fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { mostRead } from "./most-read.ts";
import { readMostReadRollup, refreshMostReadRollup } from "./most-read-rollup.ts";
import { viewsFixtureArticle } from "./views.fixtures.ts";

let test: TestDatabase;
let taxonomy: FixtureTaxonomy;
const now = new Date("2026-11-24T12:00:00Z");
const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  test = await createTestDatabase();
  taxonomy = await createFixtureTaxonomy(test.db);
});
afterAll(async () => {
  await test?.close();
});

const article = (...args: Parameters<ReturnType<typeof viewsFixtureArticle>>) =>
  viewsFixtureArticle(test.db, taxonomy, now)(...args);

async function setViews(articleId: number, locale: "en" | "ar" | "es", daysAgo: number, views: number) {
  await test.db
    .insertInto("article_views_daily")
    .values({ article_id: articleId, locale, day: day(daysAgo), views })
    .onConflict((oc) => oc.columns(["locale", "day", "article_id"]).doUpdateSet({ views }))
    .execute();
}

const refresh = (at: Date, minIntervalMs = 60_000) =>
  refreshMostReadRollup(test.db, { now: at, windowDays: 7, minIntervalMs });

describe("the most read rollup", () => {
  it("is computed in the background and read by readers without summing views", async () => {
    const [dawn, noon, dusk] = [
      await article("مرفأ عند الفجر", "ar"),
      await article("مرفأ عند الظهر", "ar"),
      await article("مرفأ عند الغروب", "ar"),
    ];
    const draft = await article("مسودة لم تنشر", "ar", "draft");
    await setViews(dawn, "ar", 0, 30);
    await setViews(noon, "ar", 3, 50);
    await setViews(dusk, "ar", 8, 900); // outside the 7-day window
    await setViews(draft, "ar", 0, 5_000); // never published: never ranked

    // Before any refresh there is no rollup: the caller computes the ranking itself.
    expect(await readMostReadRollup(test.db, "ar", 7, 10)).toBeNull();

    expect(await refresh(now)).toBe("refreshed");
    const ranked = await readMostReadRollup(test.db, "ar", 7, 10);
    expect(ranked?.map((entry) => [entry.article.id, entry.views])).toEqual([
      [noon, 50],
      [dawn, 30],
    ]);

    // New views wait for the next refresh; a refresh within the interval (another instance's) is skipped.
    await setViews(dawn, "ar", 0, 80);
    expect(await refresh(new Date(now.getTime() + 10_000))).toBe("skipped");
    expect((await mostRead(test.db, "ar", { now, limit: 5 }, 0)).map((entry) => entry.article.id)).toEqual([
      noon,
      dawn,
    ]);
    expect(await refresh(new Date(now.getTime() + 61_000))).toBe("refreshed");
    expect((await mostRead(test.db, "ar", { now, limit: 5 }, 0)).map((entry) => entry.article.id)).toEqual([
      dawn,
      noon,
    ]);
  });

  it("drops an article the moment it is withdrawn, before the next refresh", async () => {
    const ranked = (await readMostReadRollup(test.db, "ar", 7, 10)) ?? [];
    const top = ranked[0]!.article.id;
    const withdrawn = await transitionTranslation(test.db, { articleId: top, locale: "ar" }, "unpublish", {
      now: now,
    });
    expect(withdrawn.kind).toBe("transitioned");
    const after = await readMostReadRollup(test.db, "ar", 7, 10);
    expect(after?.map((entry) => entry.article.id)).not.toContain(top);
    expect(after).toHaveLength(ranked.length - 1);
  });

  it("keeps editions apart: an edition without views has no rollup and an empty ranking", async () => {
    expect(await readMostReadRollup(test.db, "es", 7, 10)).toBeNull();
    expect(await mostRead(test.db, "es", { now, limit: 5 }, 0)).toEqual([]);
  });
});
