import { LIVE_UPDATE_LIMITS } from "@sahifa/domain/live-limits";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addFixtureArticle, createFixtureTaxonomy, type FixtureTaxonomy } from "../search/search.fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { addLiveUpdate, listLiveStories, listLiveUpdates } from "./live-updates.ts";

let test: TestDatabase;
let taxonomy: FixtureTaxonomy;
let story: number;

beforeAll(async () => {
  test = await createTestDatabase();
  taxonomy = await createFixtureTaxonomy(test.db);
  story = await addFixtureArticle(test.db, taxonomy, {
    locale: "ar",
    kind: "live",
    title: "مباشر: العاصفة تقترب من الساحل",
    summary: "تغطية متواصلة.",
    paragraphs: ["نتابع تطورات العاصفة لحظة بلحظة."],
  });
  await addFixtureArticle(test.db, taxonomy, {
    articleId: story,
    locale: "en",
    status: "draft",
    title: "Live: storm nears the coast",
    summary: "Rolling coverage.",
    paragraphs: ["Following the storm."],
  });
});
afterAll(async () => {
  await test?.close();
});

describe("live updates", () => {
  it("adds updates to a published live story and lists them newest first", async () => {
    const first = await addLiveUpdate(test.db, {
      articleId: story,
      locale: "ar",
      body: "  بدأ هطول المطر.  ",
    });
    const second = await addLiveUpdate(test.db, {
      articleId: story,
      locale: "ar",
      title: "إغلاق الميناء",
      body: "أعلنت السلطات إغلاق الميناء حتى الصباح.",
    });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.update.body).toBe("بدأ هطول المطر.");
    const updates = await listLiveUpdates(test.db, { articleId: story, locale: "ar", first: 10 });
    expect(updates.map((u) => u.id)).toEqual([second.update.id, first.update.id]);
    expect(updates[0]).toMatchObject({ title: "إغلاق الميناء", locale: "ar", articleId: story });
    const older = await listLiveUpdates(test.db, {
      articleId: story,
      locale: "ar",
      first: 10,
      beforeId: second.update.id,
    });
    expect(older.map((u) => u.id)).toEqual([first.update.id]);
  });

  it("refuses what readers could not see or what is not a live story", async () => {
    const ordinary = await addFixtureArticle(test.db, taxonomy, {
      locale: "ar",
      title: "خبر عادي",
      summary: "ملخص.",
      paragraphs: ["نص."],
    });
    const problem = async (input: Parameters<typeof addLiveUpdate>[1]) => {
      const result = await addLiveUpdate(test.db, input);
      return result.ok ? null : result.problem.code;
    };
    expect(await problem({ articleId: story, locale: "en", body: "Draft edition" })).toBe("NOT_PUBLISHED");
    expect(await problem({ articleId: story, locale: "es", body: "Sin traducción" })).toBe("NOT_PUBLISHED");
    expect(await problem({ articleId: ordinary, locale: "ar", body: "نص" })).toBe("NOT_LIVE");
    expect(await problem({ articleId: 999_999, locale: "ar", body: "نص" })).toBe("NOT_FOUND");
    expect(await problem({ articleId: story, locale: "ar", body: "   " })).toBe("INVALID");
    expect(await problem({ articleId: story, locale: "ar", body: "x".repeat(5_001) })).toBe("INVALID");
    expect(await listLiveUpdates(test.db, { articleId: story, locale: "en", first: 10 })).toEqual([]);
  });

  it("lists the live stories published in the editions asked for, one card per edition", async () => {
    const arabic = await listLiveStories(test.db, ["ar"]);
    expect(arabic.map((card) => [card.id, card.locale, card.title])).toEqual([
      [story, "ar", "مباشر: العاصفة تقترب من الساحل"],
    ]);
    // The English edition is a draft and there is no Spanish one: nothing a reader could follow.
    expect(await listLiveStories(test.db, ["en", "es"])).toEqual([]);
    expect(await listLiveStories(test.db, [])).toEqual([]);
  });

  it("refuses exactly past the limits the desk's form is given", async () => {
    const post = async (title: string, body: string) => {
      const result = await addLiveUpdate(test.db, { articleId: story, locale: "ar", title, body });
      return result.ok
        ? "ok"
        : result.problem.code === "INVALID"
          ? result.problem.field
          : result.problem.code;
    };
    const { title, body } = LIVE_UPDATE_LIMITS;
    expect(await post("ع".repeat(title), "ن".repeat(body))).toBe("ok");
    expect(await post("ع".repeat(title + 1), "نص")).toBe("title");
    expect(await post("", "ن".repeat(body + 1))).toBe("body");
  });
});
