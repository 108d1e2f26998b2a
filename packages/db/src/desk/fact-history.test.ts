import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { createArticle, updateArticleFacts } from "./articles.ts";
import { content, makeUser, seedDeskTaxonomy } from "./desk.fixtures.ts";
import { listFactChanges } from "./fact-history.ts";
import { createTag } from "./taxonomy-labels.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDeskTaxonomy(t.db);
});
afterAll(() => t?.close());

describe("article fact history", () => {
  it("keeps the creation and each later change: who, when, each field before and after", async () => {
    const editor = await makeUser(t.db, "editor", ["ar"]);
    const created = await createArticle(
      t.db,
      {
        kind: "news",
        sectionPath: "news/politics",
        originalLocale: "ar",
        tagSlugs: ["elections"],
        newTags: [{ slug: "river-floods", label: "فيضانات النهر" }],
        content: content("فيضانات على ضفاف النهر", ["فقرة أولى."]),
      },
      editor.id,
    );
    if (created.kind !== "created") throw new Error(JSON.stringify(created));
    const id = created.translation.articleId;
    const label = await t.db
      .selectFrom("tag_labels as l")
      .innerJoin("tags as g", "g.id", "l.tag_id")
      .select(["g.slug", "l.locale", "l.label"])
      .where("g.slug", "=", "river-floods")
      .execute();
    expect(label).toEqual([{ slug: "river-floods", locale: "ar", label: "فيضانات النهر" }]);

    const updated = await updateArticleFacts(
      t.db,
      id,
      {
        kind: "analysis",
        sectionPath: "features",
        regionSlug: "europe",
        tagSlugs: ["river-floods"],
        sourceName: "وكالة الأنباء",
      },
      editor.id,
    );
    expect(updated).toEqual({ kind: "updated" });
    // Saving the same facts again changes nothing and records nothing.
    await updateArticleFacts(
      t.db,
      id,
      {
        kind: "analysis",
        sectionPath: "features",
        regionSlug: "europe",
        tagSlugs: ["river-floods"],
        sourceName: "وكالة الأنباء",
      },
      editor.id,
    );

    const history = await listFactChanges(t.db, id);
    expect(history).toHaveLength(2);
    const [change, creation] = history;
    expect(change?.userName).toBe(editor.displayName);
    expect(change?.changes).toEqual([
      { field: "kind", before: "news", after: "analysis" },
      { field: "sectionPath", before: "news/politics", after: "features" },
      { field: "regionSlug", before: null, after: "europe" },
      { field: "tagSlugs", before: ["elections", "river-floods"], after: ["river-floods"] },
      { field: "sourceName", before: null, after: "وكالة الأنباء" },
    ]);
    expect(creation?.changes.find((c) => c.field === "tagSlugs")).toEqual({
      field: "tagSlugs",
      before: null,
      after: ["elections", "river-floods"],
    });
  });

  it("refuses a tag spelled like an existing one and writes nothing of the change", async () => {
    const before = await t.db.selectFrom("articles").select("id").execute();
    const refused = await createArticle(
      t.db,
      {
        kind: "news",
        sectionPath: "news/politics",
        originalLocale: "en",
        newTags: [
          { slug: "harbour-works", label: "Harbour works" },
          { slug: "river-flood", label: "River-Floods" },
        ],
        content: content("Floods again", ["Text."]),
      },
      null,
    );
    expect(refused.kind).toBe("invalid");
    if (refused.kind === "invalid") {
      expect(refused.errors[0]?.field).toBe("newTags[1].label");
      expect(refused.errors[0]?.message).toContain('"river-floods"');
    }
    expect(await t.db.selectFrom("articles").select("id").execute()).toEqual(before);
    expect(
      await t.db.selectFrom("tags").select("slug").where("slug", "=", "harbour-works").execute(),
    ).toEqual([]);
    expect((await createTag(t.db, { slug: "elections-2027", locale: "es", label: "Elections" })).kind).toBe(
      "invalid",
    );
  });
});
