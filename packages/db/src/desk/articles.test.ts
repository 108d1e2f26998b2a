import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { addTranslation, createArticle, updateArticleFacts } from "./articles.ts";
import { content, makeArticle, makeUser, seedDeskTaxonomy } from "./desk.fixtures.ts";
import { findDeskArticle } from "./desk-translations.ts";
import { getRevision } from "./revision-rows.ts";

let t: TestDatabase;
let editorId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDeskTaxonomy(t.db);
  editorId = (await makeUser(t.db, "editor", ["en"])).id;
});
afterAll(() => t?.close());

async function counts() {
  const [articles, revisions, translations] = await Promise.all(
    (["articles", "revisions", "translations"] as const).map((table) =>
      t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow(),
    ),
  );
  return {
    articles: Number(articles?.n),
    revisions: Number(revisions?.n),
    translations: Number(translations?.n),
  };
}

describe("createArticle", () => {
  it("writes the facts, the first revision and a draft translation", async () => {
    const result = await createArticle(
      t.db,
      {
        kind: "analysis",
        sectionPath: "news/politics",
        regionSlug: "europe",
        dossierSlug: "river-towns",
        tagSlugs: ["elections"],
        authorSlugs: ["desk-staff"],
        sourceName: "Sahifa",
        originalLocale: "en",
        content: content("Ferry timetables change for winter", ["Boats will run every forty minutes."]),
      },
      editorId,
    );
    expect(result.kind).toBe("created");
    if (result.kind !== "created") return;
    expect(result.translation).toMatchObject({
      locale: "en",
      status: "draft",
      isOriginal: true,
      outdated: false,
    });
    expect(result.revision).toMatchObject({
      slug: "ferry-timetables-change-for-winter",
      authorUserId: editorId,
      basedOnRevisionId: null,
      sourceRevisionId: null,
    });
    const article = await findDeskArticle(t.db, result.translation.articleId);
    expect(article).toMatchObject({
      kind: "analysis",
      sectionPath: "news/politics",
      regionSlug: "europe",
      dossierSlug: "river-towns",
      tagSlugs: ["elections"],
      authorSlugs: ["desk-staff"],
      createdBy: editorId,
    });
  });

  it("refuses invalid blocks and unknown taxonomy, writing nothing", async () => {
    const before = await counts();
    const bad = await createArticle(
      t.db,
      {
        kind: "news",
        sectionPath: "news",
        originalLocale: "en",
        content: {
          title: "Bad",
          summary: "",
          body: [{ type: "paragraph", content: [{ text: "x", href: "javascript:alert(1)" }] }],
        },
      },
      editorId,
    );
    expect(bad.kind).toBe("invalid");
    if (bad.kind === "invalid")
      expect(bad.errors[0]).toMatchObject({ blockIndex: 0, blockType: "paragraph" });
    const noSection = await createArticle(
      t.db,
      {
        kind: "news",
        sectionPath: "nowhere",
        originalLocale: "en",
        content: content("Fine title", ["Fine."]),
      },
      editorId,
    );
    expect(noSection).toMatchObject({ kind: "invalid", errors: [{ field: "sectionPath" }] });
    const noTag = await createArticle(
      t.db,
      {
        kind: "news",
        sectionPath: "news",
        tagSlugs: ["nope"],
        originalLocale: "en",
        content: content("Fine title", ["Fine."]),
      },
      editorId,
    );
    expect(noTag).toMatchObject({ kind: "invalid", errors: [{ field: "tagSlugs" }] });
    expect(await counts()).toEqual(before);
  });
});

describe("addTranslation", () => {
  it("fills from source: same blocks, source revision recorded, a draft in the target locale", async () => {
    const { articleId, headRevisionId } = await makeArticle(t.db, "en", "Library opens on Sundays", [
      "One.",
      "Two.",
    ]);
    const result = await addTranslation(t.db, { articleId, locale: "es", fillFromSource: true }, editorId);
    expect(result.kind).toBe("created");
    if (result.kind !== "created") return;
    const source = await getRevision(t.db, headRevisionId);
    expect(result.revision.body).toEqual(source.body);
    expect(result.revision.sourceRevisionId).toBe(headRevisionId);
    expect(result.translation).toMatchObject({
      locale: "es",
      status: "draft",
      isOriginal: false,
      sourceRevisionId: headRevisionId,
    });

    const again = await addTranslation(t.db, { articleId, locale: "es", fillFromSource: true }, editorId);
    expect(again.kind).toBe("already_exists");
  });

  it("takes given content, and refuses the original's locale and unknown articles", async () => {
    const { articleId } = await makeArticle(t.db, "en", "Bridge repairs finish early");
    const ar = await addTranslation(
      t.db,
      { articleId, locale: "ar", content: content("انتهاء إصلاح الجسر مبكرا", ["فقرة أولى."]) },
      editorId,
    );
    expect(ar.kind).toBe("created");
    if (ar.kind === "created") expect(ar.revision.slug).toBe("انتهاء-إصلاح-الجسر-مبكرا");
    expect(
      await addTranslation(t.db, { articleId, locale: "en", fillFromSource: true }, editorId),
    ).toMatchObject({
      kind: "invalid",
      errors: [{ field: "locale" }],
    });
    expect(
      await addTranslation(t.db, { articleId: 999_999, locale: "es", fillFromSource: true }, editorId),
    ).toMatchObject({
      kind: "not_found",
    });
  });
});

describe("updateArticleFacts", () => {
  it("changes section, tags and authors; refuses unknown ones", async () => {
    const { articleId } = await makeArticle(t.db, "es", "Nuevo horario del museo");
    expect(
      await updateArticleFacts(t.db, articleId, {
        kind: "feature",
        sectionPath: "features",
        tagSlugs: ["elections"],
      }),
    ).toEqual({ kind: "updated" });
    expect(await findDeskArticle(t.db, articleId)).toMatchObject({
      kind: "feature",
      sectionPath: "features",
      tagSlugs: ["elections"],
    });
    expect(
      await updateArticleFacts(t.db, articleId, { kind: "gossip", sectionPath: "features" }),
    ).toMatchObject({
      kind: "invalid",
      errors: [{ field: "kind" }],
    });
    expect(await updateArticleFacts(t.db, 999_999, { kind: "news", sectionPath: "news" })).toMatchObject({
      kind: "not_found",
    });
  });
});
