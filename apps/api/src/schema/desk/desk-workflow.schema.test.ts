import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADD_TRANSLATION,
  CREATE_ARTICLE,
  contentInput,
  createDeskTestApp,
  type DeskTestApp,
  SAVE,
  transition,
} from "./desk.test-app.ts";

let app: DeskTestApp;
beforeAll(async () => {
  app = await createDeskTestApp();
});
afterAll(() => app?.close());

const READ = /* GraphQL */ `
  query ($id: ID!, $locale: Locale!) {
    article(id: $id, locale: $locale) { title }
  }
`;

describe("the desk workflow over GraphQL", () => {
  it("creates, translates from source, saves with conflict detection, submits and publishes one edition", async () => {
    const created = await app.as("editorEn")(CREATE_ARTICLE, {
      locale: "en",
      section: "news/politics",
      content: contentInput(
        "Ferry to the islands resumes",
        "Boats sail again from Monday.",
        "Tickets are on sale.",
      ),
    });
    expect(created.errors).toBeUndefined();
    const article = created.data?.createArticle;
    expect(article).toMatchObject({ __typename: "TranslationCreated", translation: { status: "draft" } });
    const articleId = article.translation.articleId;
    expect((await app.query(READ, { id: articleId, locale: "en" })).data?.article).toBeNull();

    expect(
      (await app.as("editorEn")(transition("publish"), { articleId, locale: "en" })).data?.publishTranslation,
    ).toMatchObject({
      __typename: "TranslationStatusChanged",
      translation: { status: "published" },
    });
    expect((await app.query(READ, { id: articleId, locale: "en" })).data?.article).toEqual({
      title: "Ferry to the islands resumes",
    });

    const added = (await app.as("translatorEs")(ADD_TRANSLATION, { articleId, locale: "es" })).data
      ?.addTranslation;
    expect(added).toMatchObject({ __typename: "TranslationCreated", translation: { status: "draft" } });
    expect(added.revision.body).toEqual([
      { type: "paragraph", content: [{ text: "Boats sail again from Monday." }] },
      { type: "paragraph", content: [{ text: "Tickets are on sale." }] },
    ]);
    const base = added.revision.id;

    const saved = (
      await app.as("translatorEs")(SAVE, {
        articleId,
        locale: "es",
        basedOn: base,
        content: contentInput(
          "Se reanuda el ferri a las islas",
          "Los barcos vuelven a zarpar el lunes.",
          "Ya hay billetes.",
        ),
      })
    ).data?.saveTranslation;
    expect(saved.__typename).toBe("TranslationSaved");
    const stale = (
      await app.as("editorEs")(SAVE, {
        articleId,
        locale: "es",
        basedOn: base,
        content: contentInput("Otra versión", "Texto."),
      })
    ).data?.saveTranslation;
    expect(stale).toMatchObject({
      __typename: "Conflict",
      code: "CONFLICT",
      head: { id: saved.revision.id },
    });
    expect(stale.message).toContain(`revision ${saved.revision.id}`);

    // A translator may submit but not publish.
    expect(
      (await app.as("translatorEs")(transition("submit"), { articleId, locale: "es" })).data
        ?.submitTranslation,
    ).toMatchObject({
      translation: { status: "in_review" },
    });
    expect(
      (await app.as("translatorEs")(transition("publish"), { articleId, locale: "es" })).data
        ?.publishTranslation,
    ).toMatchObject({
      __typename: "Forbidden",
      code: "FORBIDDEN",
    });
    expect((await app.query(READ, { id: articleId, locale: "es" })).data?.article).toBeNull();
    expect(
      (await app.as("editorEs")(transition("publish"), { articleId, locale: "es" })).data?.publishTranslation,
    ).toMatchObject({
      translation: { status: "published" },
    });
    expect((await app.query(READ, { id: articleId, locale: "es" })).data?.article).toEqual({
      title: "Se reanuda el ferri a las islas",
    });
    // Arabic never started: still nothing there.
    expect((await app.query(READ, { id: articleId, locale: "ar" })).data?.article).toBeNull();
  });

  it("keeps readers on the published text while the head is edited, then shows outdated, source changes and the queue", async () => {
    const created = (
      await app.as("admin")(CREATE_ARTICLE, {
        locale: "en",
        section: "news/politics",
        content: contentInput("Museum night", "Doors open at six.", "Entry is free."),
      })
    ).data?.createArticle;
    const articleId = created.translation.articleId;
    await app.as("admin")(transition("publish"), { articleId, locale: "en" });
    const es = (
      await app.as("admin")(ADD_TRANSLATION, {
        articleId,
        locale: "es",
        content: contentInput("Noche de museos", "Abre a las seis.", "Entrada gratis."),
      })
    ).data?.addTranslation;
    await app.as("admin")(transition("publish"), { articleId, locale: "es" });

    const edited = (
      await app.as("admin")(SAVE, {
        articleId,
        locale: "en",
        basedOn: created.revision.id,
        content: contentInput(
          "Museum night moves",
          "Doors open at seven.",
          "Entry is free.",
          "Bring a torch.",
        ),
      })
    ).data?.saveTranslation;
    expect(edited.__typename).toBe("TranslationSaved");
    expect((await app.query(READ, { id: articleId, locale: "en" })).data?.article).toEqual({
      title: "Museum night",
    });

    const DESK = /* GraphQL */ `
      query ($id: ID!) {
        deskTranslation(articleId: $id, locale: es) { status outdated actions }
        sourceChanges(articleId: $id, locale: es) { comparison { fields { field before after } blocks { change } } }
        translationQueue(states: [outdated]) { totalCount items { articleId state } }
      }
    `;
    const before = (await app.as("editorEs")(DESK, { id: articleId })).data;
    expect(before?.deskTranslation).toMatchObject({
      status: "published",
      outdated: false,
      actions: ["editDraft", "publish", "unpublish", "archive"],
    });
    expect(before?.sourceChanges.comparison).toBeNull();

    await app.as("admin")(transition("publish"), { articleId, locale: "en" });
    expect((await app.query(READ, { id: articleId, locale: "en" })).data?.article).toEqual({
      title: "Museum night moves",
    });
    const after = (await app.as("editorEs")(DESK, { id: articleId })).data;
    expect(after?.deskTranslation.outdated).toBe(true);
    expect(after?.sourceChanges.comparison.blocks.map((b: { change: string }) => b.change)).toEqual([
      "changed",
      "unchanged",
      "added",
    ]);
    expect(after?.sourceChanges.comparison.fields[0]).toEqual({
      field: "title",
      before: "Museum night",
      after: "Museum night moves",
    });
    expect(after?.translationQueue.items).toContainEqual({ articleId: String(articleId), state: "outdated" });
    // The Spanish edition still shows its published text.
    expect((await app.query(READ, { id: articleId, locale: "es" })).data?.article).toEqual({
      title: "Noche de museos",
    });
    expect(es.__typename).toBe("TranslationCreated");
  });

  it("gives readers the desk's search-engine title and description once they are published", async () => {
    const SEO = /* GraphQL */ `
      query ($id: ID!) {
        article(id: $id, locale: en) { title seoTitle seoDescription }
      }
    `;
    const created = (
      await app.as("admin")(CREATE_ARTICLE, {
        locale: "en",
        section: "news/politics",
        content: contentInput("Tram line reopens", "The line runs again from Monday."),
      })
    ).data?.createArticle;
    const articleId = created.translation.articleId;
    await app.as("admin")(transition("publish"), { articleId, locale: "en" });
    // Not set: null, so pages fall back to the title and standfirst.
    expect((await app.query(SEO, { id: articleId })).data?.article).toEqual({
      title: "Tram line reopens",
      seoTitle: null,
      seoDescription: null,
    });

    const saved = (
      await app.as("editorEn")(SAVE, {
        articleId,
        locale: "en",
        basedOn: created.revision.id,
        content: {
          ...contentInput("Tram line reopens", "The line runs again from Monday."),
          seoTitle: "Tram line 4 reopens on Monday after two years of works",
          seoDescription: "Timetable, stops and fares of the reopened tram line 4.",
        },
      })
    ).data?.saveTranslation;
    expect(saved.__typename).toBe("TranslationSaved");
    // Saved but not published: readers still get none.
    expect((await app.query(SEO, { id: articleId })).data?.article.seoTitle).toBeNull();

    await app.as("editorEn")(transition("publish"), { articleId, locale: "en" });
    expect((await app.query(SEO, { id: articleId })).data?.article).toEqual({
      title: "Tram line reopens",
      seoTitle: "Tram line 4 reopens on Monday after two years of works",
      seoDescription: "Timetable, stops and fares of the reopened tram line 4.",
    });
  });

  it("lists history, compares and restores over GraphQL", async () => {
    // A translation (English original) so the Arabic translator may read and restore it.
    const original = (
      await app.as("editorEn")(CREATE_ARTICLE, {
        locale: "en",
        section: "news",
        content: contentInput("Book market", "The market opens in the morning."),
      })
    ).data?.createArticle;
    const articleId = original.translation.articleId;
    await app.as("editorEn")(transition("publish"), { articleId, locale: "en" });
    const created = (
      await app.as("editorAr")(ADD_TRANSLATION, {
        articleId,
        locale: "ar",
        content: contentInput("سوق الكتب", "يفتح السوق صباحا."),
      })
    ).data?.addTranslation;
    const first = created.revision.id;
    const second = (
      await app.as("editorAr")(SAVE, {
        articleId,
        locale: "ar",
        basedOn: first,
        content: contentInput("سوق الكتب الكبير", "يفتح السوق مساء."),
      })
    ).data?.saveTranslation.revision.id;
    const HISTORY = /* GraphQL */ `
      query ($id: ID!, $a: ID!, $b: ID!) {
        revisions(articleId: $id, locale: ar) { revisions { id authorName createdAt note } nextBefore }
        compareRevisions(before: $a, after: $b) { fields { field } blocks { change } }
      }
    `;
    const history = (await app.as("translatorAr")(HISTORY, { id: articleId, a: first, b: second })).data;
    expect(history?.revisions.revisions.map((r: { id: string }) => r.id)).toEqual([
      String(second),
      String(first),
    ]);
    expect(history?.revisions.revisions[0].authorName).toBe("editorAr");
    expect(history?.compareRevisions.blocks).toEqual([{ change: "changed" }]);

    const RESTORE = /* GraphQL */ `
      mutation ($id: ID!, $rev: ID!, $base: ID!) {
        restoreRevision(articleId: $id, locale: ar, revisionId: $rev, basedOnRevisionId: $base) {
          __typename
          ... on TranslationSaved { revision { id title note } }
          ... on DeskError { code }
        }
      }
    `;
    const restored = (await app.as("translatorAr")(RESTORE, { id: articleId, rev: first, base: second })).data
      ?.restoreRevision;
    expect(restored).toMatchObject({
      __typename: "TranslationSaved",
      revision: { title: "سوق الكتب", note: `Restored revision ${first}` },
    });
    const again = (await app.as("translatorAr")(RESTORE, { id: articleId, rev: first, base: second })).data
      ?.restoreRevision;
    expect(again).toMatchObject({ __typename: "Conflict", code: "CONFLICT" });
  });
});
