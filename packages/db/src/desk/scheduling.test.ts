import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { addArticleNote, findArticleNotes } from "./article-notes.ts";
import { makeArticle, makeUser, seedDeskTaxonomy } from "./desk.fixtures.ts";
import {
  cancelScheduledPublication,
  listScheduled,
  runDuePublications,
  scheduleFailureOf,
  schedulePublication,
} from "./scheduling.ts";
import { transitionTranslation } from "./translation-workflow.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDeskTaxonomy(t.db);
});
afterAll(() => t?.close());

const NOW = new Date("2026-12-07T09:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("scheduled publishing", () => {
  it("publishes each of 100 items due in the same second exactly once, with four schedulers racing", async () => {
    const keys = [];
    for (let i = 0; i < 100; i++) {
      const { articleId } = await makeArticle(t.db, i % 2 ? "ar" : "es", `Pieza programada ${i}`);
      const key = { articleId, locale: i % 2 ? ("ar" as const) : ("es" as const) };
      const scheduled = await schedulePublication(t.db, key, new Date(at(10).getTime() + (i % 7)), null, NOW);
      expect(scheduled.kind).toBe("scheduled");
      keys.push(key);
    }
    // Nothing is due yet.
    expect(await runDuePublications(t.db, at(5))).toEqual([]);
    const runs = await Promise.all([1, 2, 3, 4].map(() => runDuePublications(t.db, at(11))));
    const published = runs.flat();
    expect(published).toHaveLength(100);
    expect(new Set(published.map((p) => `${p.key.articleId}/${p.key.locale}`)).size).toBe(100);
    expect(published.every((p) => p.outcome === "published")).toBe(true);
    const rows = await t.db
      .selectFrom("translations")
      .select(["status", "published_at"])
      .where(
        "article_id",
        "in",
        keys.map((k) => k.articleId),
      )
      .execute();
    expect(
      rows.every((r) => r.status === "published" && r.published_at?.getTime() === at(11).getTime()),
    ).toBe(true);
    // A later poll finds nothing left.
    expect(await runDuePublications(t.db, at(20))).toEqual([]);
  });

  it("refuses a time in the past, moves and cancels a schedule", async () => {
    const editor = await makeUser(t.db, "editor", ["en"]);
    const { articleId } = await makeArticle(t.db, "en", "Harbour works start");
    const key = { articleId, locale: "en" as const };
    const past = await schedulePublication(t.db, key, at(-1), editor.id, NOW);
    expect(past).toMatchObject({ kind: "invalid", errors: [{ field: "publishAt" }] });
    await schedulePublication(t.db, key, at(30), editor.id, NOW);
    const moved = await schedulePublication(t.db, key, at(60), editor.id, NOW);
    expect(moved).toMatchObject({ kind: "scheduled", publication: { publishAt: at(60), state: "pending" } });
    expect((await listScheduled(t.db, ["en"], 10)).filter((p) => p.articleId === articleId)).toHaveLength(1);
    expect(await runDuePublications(t.db, at(45))).toEqual([]);
    expect(await cancelScheduledPublication(t.db, key, NOW)).toBe(true);
    expect(await cancelScheduledPublication(t.db, key, NOW)).toBe(false);
    expect(await runDuePublications(t.db, at(90))).toEqual([]);
    const translation = await t.db
      .selectFrom("translations")
      .select("status")
      .where("article_id", "=", articleId)
      .executeTakeFirstOrThrow();
    expect(translation.status).toBe("draft");
  });

  it("marks a due publication failed, with the reason, when the translation was archived meanwhile", async () => {
    const { articleId } = await makeArticle(t.db, "en", "Ferry timetable changes");
    const key = { articleId, locale: "en" as const };
    await schedulePublication(t.db, key, at(5), null, NOW);
    await transitionTranslation(t.db, key, "archive", { now: NOW });
    expect(await runDuePublications(t.db, at(6))).toEqual([{ key, outcome: "failed" }]);
    const row = await t.db
      .selectFrom("scheduled_publications")
      .select(["state", "outcome"])
      .where("article_id", "=", articleId)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe("failed");
    expect(row.outcome).toBe("not_allowed");
    expect(scheduleFailureOf(row.outcome)).toBe("not_allowed");
  });

  it("keeps an older row's English reason readable: it is no failure code", () => {
    expect(scheduleFailureOf("A archived translation cannot be published.")).toBeNull();
    expect(scheduleFailureOf(null)).toBeNull();
    expect(scheduleFailureOf("slug_taken")).toBe("slug_taken");
  });
});

describe("corrections", () => {
  it("attaches dated notes to the published revision of one edition", async () => {
    const { articleId } = await makeArticle(t.db, "es", "Cierre del puerto");
    const key = { articleId, locale: "es" as const };
    const early = await addArticleNote(t.db, key, { kind: "correction", text: "x" }, null, NOW);
    expect(early.kind).toBe("not_allowed");
    await transitionTranslation(t.db, key, "publish", { now: NOW });
    const added = await addArticleNote(
      t.db,
      key,
      { kind: "correction", text: "Una versión anterior situaba el puerto en Tánger; está en Larache." },
      null,
      at(30),
    );
    expect(added).toMatchObject({ kind: "note_added", note: { kind: "correction", createdAt: at(30) } });
    expect((await addArticleNote(t.db, key, { kind: "editors_note", text: "  " }, null, NOW)).kind).toBe(
      "invalid",
    );
    expect((await findArticleNotes(t.db, "es", [articleId])).map((n) => n.text)).toEqual([
      "Una versión anterior situaba el puerto en Tánger; está en Larache.",
    ]);
    expect(await findArticleNotes(t.db, "en", [articleId])).toEqual([]);
  });
});
