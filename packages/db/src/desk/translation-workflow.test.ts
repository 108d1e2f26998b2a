import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { addTranslation } from "./articles.ts";
import { content, makeArticle, makeUser, seedDeskTaxonomy } from "./desk.fixtures.ts";
import { findDeskTranslation } from "./desk-translations.ts";
import { saveTranslation } from "./revisions.ts";
import { sourceChanges } from "./source-changes.ts";
import { listTranslationEvents, transitionTranslation } from "./translation-workflow.ts";

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
    const published = await transitionTranslation(t.db, { articleId, locale: "en" }, "publish", { now });
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
    await transitionTranslation(t.db, { articleId, locale: "en" }, "publish", { now: later });
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

describe("untranslated text and the head a submit names", () => {
  const english = [
    "The river ferry will run every twenty minutes from Monday.",
    "Tickets can be bought on board or at the harbour office.",
  ];

  async function arabicDraft(paragraphs: string[]) {
    const { articleId } = await makeArticle(t.db, "en", `Ferry timetable ${paragraphs.length}`, english);
    await transitionTranslation(t.db, { articleId, locale: "en" }, "publish");
    const ar = await addTranslation(t.db, { articleId, locale: "ar", fillFromSource: true }, userId);
    if (ar.kind !== "created") throw new Error(ar.kind);
    const saved = await saveTranslation(
      t.db,
      {
        articleId,
        locale: "ar",
        basedOnRevisionId: ar.revision.id,
        content: content("مواعيد العبارة النهرية", paragraphs),
      },
      userId,
    );
    if (saved.kind !== "saved") throw new Error(JSON.stringify(saved));
    return { articleId, head: saved.revision.id };
  }

  it("refuses to submit or publish blocks left in the source's text or script, and names them", async () => {
    const { articleId, head } = await arabicDraft([
      "ستعمل العبارة النهرية كل عشرين دقيقة اعتبارا من يوم الاثنين.",
      english[1] ?? "",
    ]);
    const key = { articleId, locale: "ar" } as const;
    for (const action of ["submit", "publish"] as const) {
      expect(await transitionTranslation(t.db, key, action)).toEqual({
        kind: "untranslated",
        revisionId: head,
        blocks: [{ blockIndex: 1, blockType: "paragraph", reason: "same_as_source" }],
        glossaryIssues: [],
      });
    }
    expect((await readerRow(articleId, "ar")).status).toBe("draft");
    expect(await listTranslationEvents(t.db, key)).toEqual([]);
  });

  it("lets flagged text through with an override note that the history keeps", async () => {
    const { articleId, head } = await arabicDraft([
      "ستعمل العبارة النهرية كل عشرين دقيقة اعتبارا من يوم الاثنين.",
      "The harbour office stays open late on Fridays for tourists.",
    ]);
    const key = { articleId, locale: "ar" } as const;
    expect(await transitionTranslation(t.db, key, "publish", { overrideNote: "  " })).toMatchObject({
      kind: "invalid",
      errors: [{ field: "overrideNote" }],
    });
    const published = await transitionTranslation(t.db, key, "publish", {
      overrideNote: "The notice is quoted in English on purpose.",
      userId,
    });
    expect(published).toMatchObject({ kind: "transitioned", revisionId: head });
    expect(await listTranslationEvents(t.db, key)).toMatchObject([
      {
        action: "publish",
        revisionId: head,
        userId,
        note: "The notice is quoted in English on purpose.",
        overriddenBlocks: [{ blockIndex: 1, blockType: "paragraph", reason: "wrong_script" }],
      },
    ]);
  });

  it("submits the head it was told about, or answers a conflict carrying the newer head", async () => {
    const translated = [
      "ستعمل العبارة النهرية كل عشرين دقيقة اعتبارا من يوم الاثنين.",
      "يمكن شراء التذاكر على متن العبارة أو في مكتب الميناء.",
    ];
    const { articleId, head } = await arabicDraft(translated);
    const key = { articleId, locale: "ar" } as const;
    const stale = head - 1;
    const refused = await transitionTranslation(t.db, key, "submit", { expectedHeadRevisionId: stale });
    expect(refused).toMatchObject({ kind: "conflict", head: { id: head } });
    expect((await readerRow(articleId, "ar")).status).toBe("draft");
    expect(await transitionTranslation(t.db, key, "submit", { expectedHeadRevisionId: head })).toMatchObject({
      kind: "transitioned",
      revisionId: head,
      translation: { status: "in_review", headRevisionId: head },
    });
    expect((await listTranslationEvents(t.db, key)).map((e) => [e.action, e.revisionId, e.note])).toEqual([
      ["submit", head, null],
    ]);
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
