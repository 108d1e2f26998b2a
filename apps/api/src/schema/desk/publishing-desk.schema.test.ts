import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScheduler } from "../../scheduler.ts";
import { FIXTURE_NOW } from "../../testing/newsroom-fixture.ts";
import { contentInput, createDeskTestApp, type DeskTestApp } from "./desk.test-app.ts";

let t: DeskTestApp;
beforeAll(async () => {
  t = await createDeskTestApp();
});
afterAll(() => t?.close());

const minutes = (n: number) => new Date(FIXTURE_NOW.getTime() + n * 60_000).toISOString();

const CREATE = /* GraphQL */ `
  mutation ($content: TranslationContentInput!) {
    createArticle(
      originalLocale: ar
      facts: {
        kind: news
        sectionPath: "news"
        tagSlugs: ["climate"]
        newTags: [{ slug: "sea-walls", label: "الجدران البحرية" }]
        authorSlugs: ["sara-haddad"]
        sourceName: "مراسلو سحيفة"
      }
      content: $content
    ) {
      __typename
      ... on TranslationCreated { translation { articleId } }
      ... on DeskError { code message }
    }
  }
`;

const READER = /* GraphQL */ `
  query ($id: ID!) { article(id: $id, locale: ar) { title tags { slug label } notes { kind text createdAt } } }
`;

describe("writing, scheduling and correcting an original", () => {
  let articleId: string;

  it("creates an article with a new tag, and keeps each change of its facts", async () => {
    const created = await t.as("editorAr")(CREATE, {
      content: contentInput("جدار بحري جديد يحمي الميناء", "بدأت أعمال بناء الجدار البحري."),
    });
    expect(created.data?.createArticle.__typename).toBe("TranslationCreated");
    articleId = created.data?.createArticle.translation.articleId;

    const updated = await t.as("editorAr")(
      /* GraphQL */ `mutation ($id: ID!) {
        updateArticle(id: $id, facts: { kind: analysis, sectionPath: "news", tagSlugs: ["sea-walls"], authorSlugs: ["sara-haddad"] }) {
          __typename
          ... on ArticleUpdated { article { factHistory { changedBy changedAt changes { field before after } } } }
        } }`,
      { id: articleId },
    );
    const history = updated.data?.updateArticle.article.factHistory;
    expect(history).toHaveLength(2);
    expect(history[0].changedBy).toBe("editorAr");
    expect(history[0].changes).toEqual([
      { field: "kind", before: ["news"], after: ["analysis"] },
      { field: "tagSlugs", before: ["climate", "sea-walls"], after: ["sea-walls"] },
      { field: "sourceName", before: ["مراسلو سحيفة"], after: [] },
    ]);
  });

  it("schedules the publication, refuses a past time, moves and cancels it; the scheduler publishes it once", async () => {
    const SCHEDULE = /* GraphQL */ `mutation ($id: ID!, $at: DateTime!) {
      schedulePublication(articleId: $id, locale: ar, publishAt: $at) {
        __typename ... on PublicationScheduled { publication { publishAt state } } ... on DeskError { code message } } }`;
    const past = await t.as("editorAr")(SCHEDULE, { id: articleId, at: minutes(-5) });
    expect(past.data?.schedulePublication.code).toBe("INVALID");
    expect(
      (await t.as("editorEs")(SCHEDULE, { id: articleId, at: minutes(30) })).data?.schedulePublication.code,
    ).toBe("FORBIDDEN");
    expect(
      (await t.as("editorAr")(SCHEDULE, { id: articleId, at: minutes(30) })).data?.schedulePublication,
    ).toEqual({
      __typename: "PublicationScheduled",
      publication: { publishAt: minutes(30), state: "pending" },
    });
    const cancel = await t.as("editorAr")(
      /* GraphQL */ `mutation ($id: ID!) { cancelScheduledPublication(articleId: $id, locale: ar) { ... on ScheduleCancelled { cancelled } } }`,
      { id: articleId },
    );
    expect(cancel.data?.cancelScheduledPublication.cancelled).toBe(true);
    await t.as("editorAr")(SCHEDULE, { id: articleId, at: minutes(60) });
    const queue = await t.as("editorAr")(
      /* GraphQL */ `{ scheduledPublications { articleId locale publishAt } }`,
    );
    expect(queue.data?.scheduledPublications).toEqual([{ articleId, locale: "ar", publishAt: minutes(60) }]);
    const desk = await t.as("editorAr")(
      /* GraphQL */ `query ($id: ID!) { deskArticle(id: $id) { translations { locale status scheduledPublication { publishAt } } } }`,
      { id: articleId },
    );
    expect(desk.data?.deskArticle.translations[0].scheduledPublication.publishAt).toBe(minutes(60));
    const inQueue = await t.as("editorAr")(
      /* GraphQL */ `{ translationQueue(locales: [ar], first: 100) { items { articleId scheduledPublication { publishAt } } } }`,
    );
    expect(
      inQueue.data?.translationQueue.items.find(
        (item: { articleId: string }) => item.articleId === articleId,
      ),
    ).toEqual({ articleId, scheduledPublication: { publishAt: minutes(60) } });

    expect((await t.query(READER, { id: articleId })).data?.article).toBeNull();
    let clock = new Date(minutes(59));
    const scheduler = startScheduler({ db: t.db, intervalMs: 60_000, now: () => clock });
    expect(await scheduler.runOnce()).toEqual([]);
    clock = new Date(minutes(60));
    expect(await scheduler.runOnce()).toHaveLength(1);
    expect(await scheduler.runOnce()).toEqual([]);
    await scheduler.stop();
    const reader = await t.query(READER, { id: articleId });
    expect(reader.data?.article).toMatchObject({
      title: "جدار بحري جديد يحمي الميناء",
      tags: [{ slug: "sea-walls", label: "الجدران البحرية" }],
      notes: [],
    });
  });

  it("adds a public correction readers see at the end of the article", async () => {
    const NOTE = /* GraphQL */ `mutation ($id: ID!, $text: String!) {
      addArticleNote(articleId: $id, locale: ar, kind: CORRECTION, text: $text) {
        __typename ... on ArticleNoteAdded { note { kind text } } ... on DeskError { code } } }`;
    const text = "صُحّح طول الجدار: يبلغ 400 متر لا 4 كيلومترات.";
    expect((await t.as("translatorAr")(NOTE, { id: articleId, text })).data?.addArticleNote.code).toBe(
      "FORBIDDEN",
    );
    expect((await t.as("editorAr")(NOTE, { id: articleId, text })).data?.addArticleNote).toEqual({
      __typename: "ArticleNoteAdded",
      note: { kind: "CORRECTION", text },
    });
    const reader = await t.query(READER, { id: articleId });
    expect(reader.data?.article.notes).toEqual([
      { kind: "CORRECTION", text, createdAt: FIXTURE_NOW.toISOString() },
    ]);
    const history = await t.as("editorAr")(
      /* GraphQL */ `query ($id: ID!) { deskTranslation(articleId: $id, locale: ar) { notes { kind text } } }`,
      { id: articleId },
    );
    expect(history.data?.deskTranslation.notes).toEqual([{ kind: "CORRECTION", text }]);
  });
});
