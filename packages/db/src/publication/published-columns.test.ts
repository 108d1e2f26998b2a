import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { content, makeArticle, makeUser, seedDeskTaxonomy } from "../desk/desk.fixtures.ts";
import { saveTranslation } from "../desk/revisions.ts";
import { findArticleCards, findArticleCardsBySlug } from "../reader/articles.ts";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { findPublishedColumnsDrift, publishRevisions, withdrawPublication } from "./published-columns.ts";

let t: TestDatabase;
let userId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDeskTaxonomy(t.db);
  userId = (await makeUser(t.db, "editor", ["en", "es"])).id;
});
afterAll(() => t?.close());

const readerRow = (articleId: number) =>
  t.db
    .selectFrom("translations")
    .selectAll()
    .where("article_id", "=", articleId)
    .where("locale", "=", "en")
    .executeTakeFirstOrThrow();

async function saveDraft(articleId: number, basedOnRevisionId: number, title: string) {
  const saved = await saveTranslation(
    t.db,
    { articleId, locale: "en", basedOnRevisionId, content: content(title, ["A draft nobody may read."]) },
    userId,
  );
  if (saved.kind !== "saved") throw new Error(saved.kind);
  return saved.revision.id;
}

describe("publishRevisions", () => {
  it("copies the revision's own text, keeps the first publication time, and a later draft stays unseen", async () => {
    const { articleId, headRevisionId } = await makeArticle(t.db, "en", "Tide tables revised");
    const first = new Date("2026-11-30T08:00:00Z");
    await publishRevisions(t.db, [
      { articleId, locale: "en", revisionId: headRevisionId, publishedAt: first },
    ]);
    expect(await readerRow(articleId)).toMatchObject({
      status: "published",
      published_revision_id: headRevisionId,
      published_slug: "tide-tables-revised",
      published_title: "Tide tables revised",
      published_summary: "Tide tables revised: the short version.",
      published_at: first,
      first_published_at: first,
    });

    const draft = await saveDraft(articleId, headRevisionId, "Tide tables revised again");
    expect((await findArticleCards(t.db, "en", [articleId]))[0]?.title).toBe("Tide tables revised");
    expect(await findArticleCardsBySlug(t.db, "en", ["tide-tables-revised-again"])).toEqual([]);

    const correction = new Date("2026-11-30T09:00:00Z");
    await publishRevisions(t.db, [{ articleId, locale: "en", revisionId: draft, publishedAt: correction }]);
    expect(await readerRow(articleId)).toMatchObject({
      published_revision_id: draft,
      published_title: "Tide tables revised again",
      published_at: correction,
      first_published_at: first,
    });
    expect(await findPublishedColumnsDrift(t.db)).toEqual([]);
  });

  it("refuses a revision of another translation and changes nothing inside the caller's transaction", async () => {
    const a = await makeArticle(t.db, "en", "Ferry timetable");
    const b = await makeArticle(t.db, "en", "Bridge closure");
    const at = new Date("2026-11-30T10:00:00Z");
    await expect(
      t.db.transaction().execute(async (trx) => {
        await publishRevisions(trx, [
          { articleId: a.articleId, locale: "en", revisionId: a.headRevisionId, publishedAt: at },
          { articleId: b.articleId, locale: "en", revisionId: a.headRevisionId, publishedAt: at },
        ]);
      }),
    ).rejects.toThrow(/Published 1 of 2 translations/);
    expect(await readerRow(a.articleId)).toMatchObject({ status: "draft", published_title: null });
    expect(await readerRow(b.articleId)).toMatchObject({ status: "draft", published_title: null });
  });
});

describe("withdrawPublication", () => {
  it("clears every reader column, so the text leaves every reader query", async () => {
    const { articleId, headRevisionId } = await makeArticle(t.db, "en", "Library hours extended");
    await publishRevisions(t.db, [
      { articleId, locale: "en", revisionId: headRevisionId, publishedAt: new Date("2026-12-01T08:00:00Z") },
    ]);
    await withdrawPublication(
      t.db,
      { articleId, locale: "en" },
      "archived",
      new Date("2026-12-01T09:00:00Z"),
    );
    expect(await readerRow(articleId)).toMatchObject({
      status: "archived",
      published_revision_id: null,
      source_revision_id: null,
      published_slug: null,
      published_title: null,
      published_summary: null,
      published_at: null,
    });
    expect(await findArticleCards(t.db, "en", [articleId])).toEqual([]);
    expect(await findArticleCardsBySlug(t.db, "en", ["library-hours-extended"])).toEqual([]);
    expect(await findPublishedColumnsDrift(t.db)).toEqual([]);
    await expect(
      withdrawPublication(t.db, { articleId, locale: "en" }, "published", new Date()),
    ).rejects.toThrow();
  });
});

describe("findPublishedColumnsDrift", () => {
  it("names a draft that holds reader text and a published row that disagrees with its revision", async () => {
    const draft = await makeArticle(t.db, "en", "Harbour dredging plan");
    const published = await makeArticle(t.db, "en", "Harbour lights restored");
    await publishRevisions(t.db, [
      {
        articleId: published.articleId,
        locale: "en",
        revisionId: published.headRevisionId,
        publishedAt: new Date(),
      },
    ]);
    // Written by hand, as the invariant forbids: what the check exists to catch.
    await sql`update translations set published_title = 'Leaked draft title'
      where article_id = ${draft.articleId} and locale = 'en'`.execute(t.db);
    await sql`update translations set published_title = 'Not the revision title'
      where article_id = ${published.articleId} and locale = 'en'`.execute(t.db);
    expect(await findPublishedColumnsDrift(t.db)).toEqual([
      { articleId: draft.articleId, locale: "en", status: "draft" },
      { articleId: published.articleId, locale: "en", status: "published" },
    ]);
    await sql`update translations set published_title = null where article_id = ${draft.articleId}`.execute(
      t.db,
    );
    await publishRevisions(t.db, [
      {
        articleId: published.articleId,
        locale: "en",
        revisionId: published.headRevisionId,
        publishedAt: new Date(),
      },
    ]);
    expect(await findPublishedColumnsDrift(t.db)).toEqual([]);
  });
});
