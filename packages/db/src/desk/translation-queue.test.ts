import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { addTranslation } from "./articles.ts";
import { content, makeArticle, makeUser, seedDeskTaxonomy } from "./desk.fixtures.ts";
import { saveTranslation } from "./revisions.ts";
import { BadCursorError, translationQueue } from "./translation-queue.ts";
import { transitionTranslation } from "./translation-workflow.ts";

let t: TestDatabase;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDeskTaxonomy(t.db);
  const userId = (await makeUser(t.db, "admin", [])).id;
  const publish = (articleId: number, locale: "en" | "es" | "ar") =>
    transitionTranslation(t.db, { articleId, locale }, "publish");

  // missing in es: a published English original with no Spanish.
  ids.missing = (await makeArticle(t.db, "en", "Missing in Spanish")).articleId;
  await publish(ids.missing, "en");
  // Not in the queue: an unpublished original has nothing to translate yet.
  ids.unpublishedOriginal = (await makeArticle(t.db, "en", "Still a draft original")).articleId;
  // draft in es.
  ids.draft = (await makeArticle(t.db, "en", "Spanish draft")).articleId;
  await publish(ids.draft, "en");
  await addTranslation(t.db, { articleId: ids.draft, locale: "es", fillFromSource: true }, userId);
  // in_review in es.
  ids.review = (await makeArticle(t.db, "en", "Spanish in review")).articleId;
  await publish(ids.review, "en");
  await addTranslation(t.db, { articleId: ids.review, locale: "es", fillFromSource: true }, userId);
  await transitionTranslation(t.db, { articleId: ids.review, locale: "es" }, "submit");
  // outdated in es: published, then the source republished.
  const outdated = await makeArticle(t.db, "en", "Spanish outdated");
  ids.outdated = outdated.articleId;
  await publish(ids.outdated, "en");
  await addTranslation(t.db, { articleId: ids.outdated, locale: "es", fillFromSource: true }, userId);
  await publish(ids.outdated, "es");
  const moved = await saveTranslation(
    t.db,
    {
      articleId: ids.outdated,
      locale: "en",
      basedOnRevisionId: outdated.headRevisionId,
      content: content("Spanish outdated", ["New."]),
    },
    userId,
  );
  if (moved.kind !== "saved") throw new Error(moved.kind);
  await publish(ids.outdated, "en");
  // Up to date and published in es: not in the queue.
  ids.done = (await makeArticle(t.db, "en", "All done")).articleId;
  await publish(ids.done, "en");
  await addTranslation(t.db, { articleId: ids.done, locale: "es", fillFromSource: true }, userId);
  await publish(ids.done, "es");
  // A Spanish original in features: missing in en, draft original in es? No: published original.
  ids.spanishOriginal = (await makeArticle(t.db, "es", "Original en español")).articleId;
  await publish(ids.spanishOriginal, "es");
  await t.db
    .updateTable("articles")
    .set({ section_id: t.db.selectFrom("sections").select("id").where("path", "=", "features") })
    .where("id", "=", ids.spanishOriginal)
    .execute();
});
afterAll(() => t?.close());

describe("translationQueue", () => {
  it("lists missing, draft, in-review and outdated translations in the given locales", async () => {
    const page = await translationQueue(t.db, { locales: ["es"] });
    const byArticle = Object.fromEntries(page.items.map((item) => [item.articleId, item.state]));
    expect(byArticle).toEqual({
      [ids.missing as number]: "missing",
      [ids.draft as number]: "draft",
      [ids.review as number]: "in_review",
      [ids.outdated as number]: "outdated",
    });
    expect(page.totalCount).toBe(4);
    expect(page.items.find((i) => i.state === "missing")).toMatchObject({
      title: "Missing in Spanish",
      status: null,
      locale: "es",
    });
    expect(page.items.find((i) => i.state === "outdated")).toMatchObject({
      outdated: true,
      status: "published",
    });
  });

  it("filters by state, section, original locale and locales", async () => {
    const drafts = await translationQueue(t.db, { locales: ["es"], states: ["draft", "in_review"] });
    expect(drafts.items.map((i) => i.state).sort()).toEqual(["draft", "in_review"]);
    const english = await translationQueue(t.db, { locales: ["en"] });
    expect(english.items.map((i) => [i.articleId, i.state])).toEqual([
      [ids.spanishOriginal, "missing"],
      [ids.unpublishedOriginal, "draft"],
    ]);
    const features = await translationQueue(t.db, { locales: ["en"], sectionPath: "features" });
    expect(features.items.map((i) => i.articleId)).toEqual([ids.spanishOriginal]);
    const fromSpanish = await translationQueue(t.db, { locales: ["en", "es"], originalLocale: "es" });
    expect(fromSpanish.items.map((i) => i.articleId)).toEqual([ids.spanishOriginal]);
    const news = await translationQueue(t.db, { locales: ["es"], sectionPath: "news" });
    expect(news.totalCount).toBe(4);
    expect((await translationQueue(t.db, { locales: [] })).items).toEqual([]);
  });

  it("lists only a translator's language pairs, never originals", async () => {
    const fromSpanishIntoEnglish = await translationQueue(t.db, {
      locales: ["en"],
      languagePairs: [{ source: "es", target: "en" }],
    });
    expect(fromSpanishIntoEnglish.items.map((i) => [i.articleId, i.originalLocale, i.locale])).toEqual([
      [ids.spanishOriginal, "es", "en"],
    ]);
    // The English original's own draft is not a translation: an en→es translator does not see it.
    const intoSpanish = await translationQueue(t.db, {
      locales: ["es", "en"],
      languagePairs: [{ source: "en", target: "es" }],
    });
    expect(intoSpanish.items.every((i) => i.originalLocale === "en" && i.locale === "es")).toBe(true);
    expect(intoSpanish.totalCount).toBeGreaterThan(0);
    expect((await translationQueue(t.db, { locales: ["es"], languagePairs: [] })).items).toEqual([]);
  });

  it("pages with a cursor without repeating or skipping, and refuses forged cursors", async () => {
    const all = await translationQueue(t.db, { locales: ["en", "es", "ar"] }, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page = await translationQueue(t.db, { locales: ["en", "es", "ar"] }, { first: 2, after });
      seen.push(...page.items.map((item) => `${item.articleId}:${item.locale}`));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(all.items.map((item) => `${item.articleId}:${item.locale}`));
    expect(new Set(seen).size).toBe(all.totalCount);
    await expect(translationQueue(t.db, { locales: ["es"] }, { after: "bm9wZQ" })).rejects.toBeInstanceOf(
      BadCursorError,
    );
  });
});
