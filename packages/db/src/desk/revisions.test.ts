import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { content, makeArticle, makeUser, seedDeskTaxonomy } from "./desk.fixtures.ts";
import { findDeskTranslation } from "./desk-translations.ts";
import { compareRevisions, listRevisions, restoreRevision, saveTranslation } from "./revisions.ts";
import { transitionTranslation } from "./translation-workflow.ts";

let t: TestDatabase;
let writerId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDeskTaxonomy(t.db);
  writerId = (await makeUser(t.db, "translator", ["en"])).id;
});
afterAll(() => t?.close());

async function revisionCount(articleId: number) {
  const row = await t.db
    .selectFrom("revisions")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("article_id", "=", articleId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("saveTranslation", () => {
  it("appends a revision based on the head and moves the head", async () => {
    const { articleId, headRevisionId } = await makeArticle(t.db, "en", "Tram line extended");
    const saved = await saveTranslation(
      t.db,
      {
        articleId,
        locale: "en",
        basedOnRevisionId: headRevisionId,
        content: content("Tram line extended north", ["New text."]),
      },
      writerId,
    );
    expect(saved.kind).toBe("saved");
    if (saved.kind !== "saved") return;
    expect(saved.revision).toMatchObject({
      basedOnRevisionId: headRevisionId,
      authorUserId: writerId,
      title: "Tram line extended north",
    });
    expect(saved.translation.headRevisionId).toBe(saved.revision.id);
    expect(await revisionCount(articleId)).toBe(2);
  });

  it("answers a stale base with a conflict carrying the head, and writes nothing", async () => {
    const { articleId, headRevisionId } = await makeArticle(t.db, "en", "Harbour festival returns");
    const first = await saveTranslation(
      t.db,
      {
        articleId,
        locale: "en",
        basedOnRevisionId: headRevisionId,
        content: content("Harbour festival returns", ["Mine."]),
      },
      writerId,
    );
    if (first.kind !== "saved") throw new Error(first.kind);
    const stale = await saveTranslation(
      t.db,
      {
        articleId,
        locale: "en",
        basedOnRevisionId: headRevisionId,
        content: content("Harbour festival returns", ["Theirs."]),
      },
      writerId,
    );
    expect(stale).toMatchObject({
      kind: "conflict",
      head: { id: first.revision.id, body: [{ content: [{ text: "Mine." }] }] },
    });
    expect(await revisionCount(articleId)).toBe(2);
    expect((await findDeskTranslation(t.db, { articleId, locale: "en" }))?.headRevisionId).toBe(
      first.revision.id,
    );
  });

  it("refuses invalid content and unknown translations", async () => {
    const { articleId, headRevisionId } = await makeArticle(t.db, "en", "School year starts");
    const invalid = await saveTranslation(
      t.db,
      {
        articleId,
        locale: "en",
        basedOnRevisionId: headRevisionId,
        content: { title: "x", summary: "", body: [{ type: "marquee" }] },
      },
      writerId,
    );
    expect(invalid).toMatchObject({ kind: "invalid", errors: [{ blockIndex: 0 }] });
    const oversize = await saveTranslation(
      t.db,
      {
        articleId,
        locale: "en",
        basedOnRevisionId: headRevisionId,
        content: content("x", ["a".repeat(10_001)]),
      },
      writerId,
    );
    expect(oversize.kind).toBe("invalid");
    if (oversize.kind === "invalid")
      expect(oversize.errors[0]).toMatchObject({ blockIndex: 0, blockType: "paragraph" });
    const missing = await saveTranslation(
      t.db,
      { articleId, locale: "es", basedOnRevisionId: headRevisionId, content: content("Hola", ["Hola."]) },
      writerId,
    );
    expect(missing.kind).toBe("not_found");
    expect(await revisionCount(articleId)).toBe(1);
  });

  it("refuses to edit an archived translation", async () => {
    const { articleId, headRevisionId } = await makeArticle(t.db, "en", "Old notice");
    await transitionTranslation(t.db, { articleId, locale: "en" }, "archive");
    const result = await saveTranslation(
      t.db,
      { articleId, locale: "en", basedOnRevisionId: headRevisionId, content: content("Old notice", ["x"]) },
      writerId,
    );
    expect(result).toMatchObject({ kind: "not_allowed" });
  });

  it("lets exactly one of 20 racing saves from one base win; the log holds every accepted save", async () => {
    const { articleId, headRevisionId } = await makeArticle(t.db, "en", "Racing saves");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        saveTranslation(
          t.db,
          {
            articleId,
            locale: "en",
            basedOnRevisionId: headRevisionId,
            content: content("Racing saves", [`Writer ${i}.`]),
          },
          writerId,
        ),
      ),
    );
    const saved = results.filter((r) => r.kind === "saved");
    const conflicts = results.filter((r) => r.kind === "conflict");
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const winner = saved[0];
    if (winner?.kind !== "saved") throw new Error("no winner");
    for (const conflict of conflicts) {
      if (conflict.kind === "conflict") expect(conflict.head.id).toBe(winner.revision.id);
    }
    // Each loser rebases on the head it was given, as the desk does after a conflict: all their work lands.
    let head = winner.revision.id;
    for (let i = 0; i < 5; i++) {
      const again = await saveTranslation(
        t.db,
        {
          articleId,
          locale: "en",
          basedOnRevisionId: head,
          content: content("Racing saves", [`Rebased ${i}.`]),
        },
        writerId,
      );
      if (again.kind !== "saved") throw new Error(again.kind);
      head = again.revision.id;
    }
    const history = await listRevisions(t.db, { articleId, locale: "en" });
    expect(history.revisions).toHaveLength(7);
    // A chain: every revision is based on the one before it, none lost or forked.
    const ids = history.revisions.map((r) => r.id);
    expect(history.revisions.slice(0, -1).map((r) => r.basedOnRevisionId)).toEqual(ids.slice(1));
  });
});

describe("history, restore and compare", () => {
  it("lists revisions newest first with author and time, pages them, restores and compares", async () => {
    const { articleId, headRevisionId } = await makeArticle(
      t.db,
      "en",
      "Park reopens",
      ["Gates open at eight."],
      writerId,
    );
    const second = await saveTranslation(
      t.db,
      {
        articleId,
        locale: "en",
        basedOnRevisionId: headRevisionId,
        content: content("Park reopens in spring", ["Gates open at nine.", "A new café."]),
      },
      writerId,
    );
    if (second.kind !== "saved") throw new Error(second.kind);

    const page = await listRevisions(t.db, { articleId, locale: "en" }, { first: 1 });
    expect(page.revisions.map((r) => r.id)).toEqual([second.revision.id]);
    expect(page.revisions[0]).toMatchObject({ authorName: "translator en", authorUserId: writerId });
    expect(page.revisions[0]?.createdAt).toBeInstanceOf(Date);
    const older = await listRevisions(
      t.db,
      { articleId, locale: "en" },
      { first: 1, before: page.nextBefore },
    );
    expect(older.revisions.map((r) => r.id)).toEqual([headRevisionId]);
    expect(older.nextBefore).toBeNull();

    const comparison = await compareRevisions(t.db, headRevisionId, second.revision.id);
    if (comparison.kind !== "comparison") throw new Error(comparison.kind);
    expect(comparison.fields.map((f) => f.field)).toEqual(["title", "slug", "summary"]);
    expect(comparison.blocks.map((b) => b.kind)).toEqual(["changed", "added"]);

    const stale = await restoreRevision(
      t.db,
      { articleId, locale: "en", revisionId: headRevisionId, basedOnRevisionId: headRevisionId },
      writerId,
    );
    expect(stale.kind).toBe("conflict");
    const restored = await restoreRevision(
      t.db,
      { articleId, locale: "en", revisionId: headRevisionId, basedOnRevisionId: second.revision.id },
      writerId,
    );
    if (restored.kind !== "saved") throw new Error(restored.kind);
    expect(restored.revision.id).toBeGreaterThan(second.revision.id);
    expect(restored.revision).toMatchObject({
      title: "Park reopens",
      note: `Restored revision ${headRevisionId}`,
    });
    expect((await listRevisions(t.db, { articleId, locale: "en" })).revisions).toHaveLength(3);

    const other = await makeArticle(t.db, "en", "Unrelated");
    expect((await compareRevisions(t.db, headRevisionId, other.headRevisionId)).kind).toBe("not_found");
    expect(
      (
        await restoreRevision(
          t.db,
          {
            articleId,
            locale: "en",
            revisionId: other.headRevisionId,
            basedOnRevisionId: restored.revision.id,
          },
          writerId,
        )
      ).kind,
    ).toBe("not_found");
  });
});
