import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishBreaking } from "../pubsub.ts";
import { idOf } from "../testing/newsroom-fixture.ts";
import { subscribeSse } from "../testing/sse-client.ts";
import { createDeskTestApp, type DeskTestApp } from "./desk/desk.test-app.ts";

let app: DeskTestApp;

beforeAll(async () => {
  app = await createDeskTestApp();
});
afterAll(async () => {
  await app?.close();
});

const BREAKING = /* GraphQL */ `
  subscription ($locale: Locale) { breakingNews(locale: $locale) { id text attribution createdAt } }
`;

describe("breakingNews subscription over SSE", () => {
  it("pushes an edition's items to that edition's subscribers only", async () => {
    const fetch = (url: string, init: RequestInit) => app.app.fetch(url, init);
    const arabic = subscribeSse<{ breakingNews: { id: string; text: string } }>(
      fetch,
      "http://test/graphql",
      BREAKING,
      { locale: "ar" },
    );
    const english = subscribeSse(fetch, "http://test/graphql", BREAKING, { locale: "en" });
    await Promise.all([arabic.opened, english.opened]);
    const now = new Date();
    publishBreaking(app.pubsub, {
      id: 77,
      locale: "ar",
      text: "عاجل: اختبار",
      attribution: null,
      url: null,
      articleId: null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + 60_000),
    });
    expect(await arabic.next()).toEqual({
      breakingNews: { id: "77", text: "عاجل: اختبار", attribution: null, createdAt: now.toISOString() },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(english.received).toEqual([]);
    arabic.close();
    english.close();
  });
});

const POST_UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $locale: Locale!, $body: String!) {
    postLiveUpdate(articleId: $id, locale: $locale, title: "Port", body: $body) {
      update { id body }
      problem { code field }
    }
  }
`;

describe("live stories", () => {
  it("lets an editor of the edition post an update, pushes it to the story's subscribers and lists it", async () => {
    // Article 2 is published in English and Arabic; make it a live story.
    const id = idOf(2);
    await sql`update articles set kind = 'live' where id = ${id}`.execute(app.db);
    const fetch = (url: string, init: RequestInit) => app.app.fetch(url, init);
    const subscriber = subscribeSse<{ liveUpdates: { id: string; body: string; title: string | null } }>(
      fetch,
      "http://test/graphql",
      "subscription ($id: ID!) { liveUpdates(articleId: $id, locale: ar) { id body title } }",
      { id: String(id) },
    );
    await subscriber.opened;

    const refused = await app.as("editorEs")(POST_UPDATE, { id: String(id), locale: "ar", body: "نص" });
    expect(refused.data?.postLiveUpdate).toEqual({
      update: null,
      problem: { code: "FORBIDDEN", field: null },
    });
    const anonymous = await app.query(POST_UPDATE, { id: String(id), locale: "ar", body: "نص" });
    expect(anonymous.data?.postLiveUpdate.problem.code).toBe("FORBIDDEN");
    const notLive = await app.as("editorAr")(POST_UPDATE, { id: String(idOf(4)), locale: "ar", body: "نص" });
    expect(notLive.data?.postLiveUpdate.problem.code).toBe("NOT_LIVE");

    const posted = await app.as("editorAr")(POST_UPDATE, {
      id: String(id),
      locale: "ar",
      body: "أُغلق الميناء حتى الصباح.",
    });
    const update = posted.data?.postLiveUpdate.update;
    expect(update?.body).toBe("أُغلق الميناء حتى الصباح.");
    expect(await subscriber.next()).toEqual({
      liveUpdates: { id: update.id, body: update.body, title: "Port" },
    });
    subscriber.close();

    const listed = await app.query(`{ article(id: "${id}", locale: ar) { liveUpdates { id body } } }`);
    expect(listed.data?.article.liveUpdates).toEqual([{ id: update.id, body: update.body }]);
  });

  it("lets an editor post breaking news only in their editions", async () => {
    const post = `mutation ($locale: Locale!) { postBreakingNews(locale: $locale, text: "Breaking test") { item { id } problem { code } } }`;
    expect((await app.as("editorEs")(post, { locale: "en" })).data?.postBreakingNews.problem.code).toBe(
      "FORBIDDEN",
    );
    expect((await app.as("translatorEs")(post, { locale: "es" })).data?.postBreakingNews.problem.code).toBe(
      "FORBIDDEN",
    );
    expect((await app.as("editorEs")(post, { locale: "es" })).data?.postBreakingNews.item.id).toBeDefined();
  });
});
