import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { addTranslation } from "./articles.ts";
import { content, makeArticle, makeUser, seedDeskTaxonomy } from "./desk.fixtures.ts";
import { findDeskTranslation } from "./desk-translations.ts";
import { saveTranslation } from "./revisions.ts";
import { sourceChanges } from "./source-changes.ts";
import { transitionTranslation } from "./translation-workflow.ts";

let t: TestDatabase;
let userId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDeskTaxonomy(t.db);
  userId = (await makeUser(t.db, "editor", ["en", "es"])).id;
});
afterAll(() => t?.close());

function readerRow(articleId: number, locale: "en" | "es" | "ar") {
  return t.db
    .selectFrom("translations")
    .selectAll()
    .where("article_id", "=", articleId)
    .where("locale", "=", locale)
    .executeTakeFirstOrThrow();
}

async function save(articleId: number, locale: "en" | "es", title: string, paragraphs: string[], extra = {}) {
  const head = await findDeskTranslation(t.db, { articleId, locale });
  const result = await saveTranslation(
    t.db,
    {
      articleId,
      locale,
      basedOnRevisionId: head?.headRevisionId ?? 0,
      content: content(title, paragraphs),
      ...extra,
    },
    userId,
  );
  if (result.kind !== "saved") throw new Error(JSON.stringify(result));
  return result.revision;
}

describe("transitionTranslation", () => {
  it("submits, publishes one locale only, and keeps readers on the published revision while editing", async () => {
    const { articleId, headRevisionId } = await makeArticle(t.db, "en", "Night market opens");
    const es = await addTranslation(t.db, { articleId, locale: "es", fillFromSource: true }, userId);
    if (es.kind !== "created") throw new Error(es.kind);

    expect(await transitionTranslation(t.db, { articleId, locale: "en" }, "submit")).toMatchObject({
      kind: "transitioned",
      translation: { status: "in_review" },
      readersChanged: false,
    });
    const now = new Date("2026-11-24T10:00:00Z");
    const published = await transitionTranslation(t.db, { articleId, locale: "en" }, "publish", now);
    expect(published).toMatchObject({
      kind: "transitioned",
      translation: { status: "published", publishedRevisionId: headRevisionId },
      readersChanged: true,
    });
    expect(await readerRow(articleId, "en")).toMatchObject({
      published_revision_id: headRevisionId,
      published_slug: "night-market-opens",
      published_title: "Night market opens",
      published_at: now,
      first_published_at: now,
    });
    // Spanish untouched.
    expect(await readerRow(articleId, "es")).toMatchObject({
      status: "draft",
      published_revision_id: null,
      published_slug: null,
    });

    const edited = await save(articleId, "en", "Night market opens late", ["Changed."]);
    expect(await readerRow(articleId, "en")).toMatchObject({
      head_revision_id: edited.id,
      published_revision_id: headRevisionId,
      published_title: "Night market opens",
      status: "published",
    });

    const later = new Date("2026-11-24T12:00:00Z");
    await transitionTranslation(t.db, { articleId, locale: "en" }, "publish", later);
    expect(await readerRow(articleId, "en")).toMatchObject({
      published_revision_id: edited.id,
      published_title: "Night market opens late",
      published_at: later,
      first_published_at: now,
    });

    await transitionTranslation(t.db, { articleId, locale: "en" }, "unpublish");
    expect(await readerRow(articleId, "en")).toMatchObject({
      status: "draft",
      published_revision_id: null,
      published_slug: null,
      published_title: null,
      first_published_at: now,
    });
  });

  it("refuses transitions the workflow does not allow and unknown translations", async () => {
    const { articleId } = await makeArticle(t.db, "en", "Rules apply");
    expect(await transitionTranslation(t.db, { articleId, locale: "en" }, "unpublish")).toMatchObject({
      kind: "not_allowed",
    });
    await transitionTranslation(t.db, { articleId, locale: "en" }, "archive");
    const refused = await transitionTranslation(t.db, { articleId, locale: "en" }, "publish");
    expect(refused).toMatchObject({ kind: "not_allowed" });
    if (refused.kind === "not_allowed") expect(refused.message).toContain("archived");
    expect(await transitionTranslation(t.db, { articleId, locale: "es" }, "publish")).toMatchObject({
      kind: "not_found",
    });
    expect((await readerRow(articleId, "en")).status).toBe("archived");
  });

  it("refuses to publish a slug another article already has in the edition", async () => {
    const a = await makeArticle(t.db, "en", "Same words");
    const b = await makeArticle(t.db, "en", "Same words");
    expect(
      (await transitionTranslation(t.db, { articleId: a.articleId, locale: "en" }, "publish")).kind,
    ).toBe("transitioned");
    const clash = await transitionTranslation(t.db, { articleId: b.articleId, locale: "en" }, "publish");
    expect(clash).toMatchObject({ kind: "invalid", errors: [{ field: "slug" }] });
    expect((await readerRow(b.articleId, "en")).status).toBe("draft");
  });
});

describe("outdated and source changes", () => {
  it("marks a translation outdated when its source is republished, diffs the source, and clears once caught up", async () => {
    const { articleId } = await makeArticle(t.db, "en", "Rain expected", [
      "Clouds by noon.",
      "Wind from the west.",
    ]);
    await transitionTranslation(t.db, { articleId, locale: "en" }, "publish");
    const es = await addTranslation(t.db, { articleId, locale: "es", fillFromSource: true }, userId);
    if (es.kind !== "created") throw new Error(es.kind);
    await save(articleId, "es", "Se espera lluvia", ["Nubes al mediodía.", "Viento del oeste."]);
    await transitionTranslation(t.db, { articleId, locale: "es" }, "publish");
    expect((await findDeskTranslation(t.db, { articleId, locale: "es" }))?.outdated).toBe(false);
    expect(await sourceChanges(t.db, { articleId, locale: "es" })).toMatchObject({ comparison: null });

    const newSource = await save(articleId, "en", "Rain expected", [
      "Clouds by noon.",
      "Wind from the north.",
      "Roads may flood.",
    ]);
    // A saved but unpublished source does not make translations outdated.
    expect((await findDeskTranslation(t.db, { articleId, locale: "es" }))?.outdated).toBe(false);
    await transitionTranslation(t.db, { articleId, locale: "en" }, "publish");
    const outdated = await findDeskTranslation(t.db, { articleId, locale: "es" });
    expect(outdated).toMatchObject({ outdated: true, sourcePublishedRevisionId: newSource.id });

    const changes = await sourceChanges(t.db, { articleId, locale: "es" });
    if (changes.kind !== "source_changes" || !changes.comparison) throw new Error("no comparison");
    expect(changes.comparison.after.id).toBe(newSource.id);
    expect(changes.comparison.blocks.map((b) => b.kind)).toEqual(["unchanged", "changed", "added"]);

    // The translator catches up, naming the source revision now followed; publishing records it.
    await save(articleId, "es", "Se espera lluvia", ["Nubes.", "Viento del norte.", "Calles inundadas."], {
      sourceRevisionId: newSource.id,
    });
    expect((await findDeskTranslation(t.db, { articleId, locale: "es" }))?.outdated).toBe(false);
    await transitionTranslation(t.db, { articleId, locale: "es" }, "publish");
    expect((await readerRow(articleId, "es")).source_revision_id).toBe(newSource.id);
  });

  it("refuses a source revision from another article or locale", async () => {
    const { articleId } = await makeArticle(t.db, "en", "Source check");
    const other = await makeArticle(t.db, "en", "Other story");
    const es = await addTranslation(t.db, { articleId, locale: "es", fillFromSource: true }, userId);
    if (es.kind !== "created") throw new Error(es.kind);
    const result = await saveTranslation(
      t.db,
      {
        articleId,
        locale: "es",
        basedOnRevisionId: es.revision.id,
        content: content("Hola", ["Hola."]),
        sourceRevisionId: other.headRevisionId,
      },
      userId,
    );
    expect(result).toMatchObject({ kind: "invalid", errors: [{ field: "sourceRevisionId" }] });
  });
});
