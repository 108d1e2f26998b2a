import { createSession } from "@sahifa/db/desk/sessions";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idOf } from "../../testing/newsroom-fixture.ts";
import { subscribeSse } from "../../testing/sse-client.ts";
import { createDeskTestApp, type DeskTestApp } from "./desk.test-app.ts";

let app: DeskTestApp;
// Article 2 is published in English and Arabic; article 1 in English only (its Arabic is in review).
const story = String(idOf(2));
const unpublishedInArabic = String(idOf(1));

beforeAll(async () => {
  app = await createDeskTestApp();
  await sql`update articles set kind = 'live' where id in (${idOf(1)}, ${idOf(2)})`.execute(app.db);
});
afterAll(() => app?.close());

const POST = /* GraphQL */ `
  mutation ($id: ID!, $locale: Locale!, $title: String, $body: String!) {
    postLiveUpdate(articleId: $id, locale: $locale, title: $title, body: $body) {
      __typename
      ... on LiveUpdatePosted { update { id title body locale } }
      ... on ValidationError { problems { field } }
      ... on DeskError { code message }
    }
  }
`;

const arabicUpdates = async () =>
  (
    await app.query<{ article: { liveUpdates: Array<{ id: string; body: string }> } }>(
      `{ article(id: "${story}", locale: ar) { liveUpdates { id body } } }`,
    )
  ).data?.article.liveUpdates;

describe("postLiveUpdate", () => {
  it("refuses who may not write in the edition: other editions' editors, translators, anonymous and ended sessions", async () => {
    const input = { id: story, locale: "ar", body: "نص التحديث" };
    expect((await app.as("editorEs")(POST, input)).data?.postLiveUpdate).toMatchObject({
      __typename: "Forbidden",
      code: "FORBIDDEN",
      message: expect.stringContaining("post live updates in the ar edition"),
    });
    expect((await app.as("translatorAr")(POST, input)).data?.postLiveUpdate).toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await app.query(POST, input)).data?.postLiveUpdate).toMatchObject({ code: "UNAUTHENTICATED" });

    const { token } = await createSession(app.db, app.ids.editorAr);
    const signedOut = { authorization: `Bearer ${token}` };
    await app.query("mutation { signOut }", {}, signedOut);
    expect((await app.query(POST, input, signedOut)).data?.postLiveUpdate).toMatchObject({
      code: "SESSION_EXPIRED",
    });
    expect(await arabicUpdates()).toEqual([]);
  });

  it("answers NotFound for an unknown article, one that is not a live story, or not published in the edition", async () => {
    const post = (id: string) => app.as("editorAr")(POST, { id, locale: "ar", body: "نص" });
    expect((await post("999999")).data?.postLiveUpdate).toMatchObject({
      __typename: "NotFound",
      message: "No article 999999.",
    });
    expect((await post("not-an-id")).data?.postLiveUpdate).toMatchObject({ __typename: "NotFound" });
    expect((await post(String(idOf(4)))).data?.postLiveUpdate).toMatchObject({
      __typename: "NotFound",
      message: "Only a live story takes live updates.",
    });
    expect((await post(unpublishedInArabic)).data?.postLiveUpdate).toMatchObject({
      __typename: "NotFound",
      message: "The story is not published in the ar edition.",
    });
  });

  it("answers ValidationError naming the field for an empty or oversize body and an oversize title", async () => {
    const post = (body: string, title?: string) =>
      app.as("editorAr")(POST, { id: story, locale: "ar", body, title });
    const problems = async (body: string, title?: string) => (await post(body, title)).data?.postLiveUpdate;
    expect(await problems("  \n ")).toMatchObject({
      __typename: "ValidationError",
      code: "INVALID",
      problems: [{ field: "body" }],
    });
    expect(await problems("ب".repeat(5_001))).toMatchObject({ problems: [{ field: "body" }] });
    expect(await problems("نص", "ع".repeat(201))).toMatchObject({ problems: [{ field: "title" }] });
    expect(await arabicUpdates()).toEqual([]);
  });

  it("posts for an editor of the edition, pushes the update to the story's subscribers and lists it first", async () => {
    const fetch = (url: string, init: RequestInit) => app.app.fetch(url, init);
    const subscriber = subscribeSse<{ liveUpdates: { id: string; body: string; title: string | null } }>(
      fetch,
      "http://test/graphql",
      "subscription ($id: ID!) { liveUpdates(articleId: $id, locale: ar) { id body title } }",
      { id: story },
    );
    await subscriber.opened;

    const first = await app.as("editorAr")(POST, { id: story, locale: "ar", body: "بدأ هطول المطر." });
    expect(first.data?.postLiveUpdate.__typename).toBe("LiveUpdatePosted");
    const posted = await app.as("admin")(POST, {
      id: story,
      locale: "ar",
      title: " الميناء ",
      body: "أُغلق الميناء حتى الصباح.",
    });
    const update = posted.data?.postLiveUpdate.update;
    expect(update).toMatchObject({ title: "الميناء", body: "أُغلق الميناء حتى الصباح.", locale: "ar" });

    expect(await subscriber.next()).toEqual({
      liveUpdates: { id: first.data?.postLiveUpdate.update.id, body: "بدأ هطول المطر.", title: null },
    });
    expect(await subscriber.next()).toEqual({
      liveUpdates: { id: update.id, body: update.body, title: "الميناء" },
    });
    subscriber.close();
    expect((await arabicUpdates())?.map((u) => u.body)).toEqual([
      "أُغلق الميناء حتى الصباح.",
      "بدأ هطول المطر.",
    ]);
  });
});

describe("liveStories", () => {
  const STORIES = `{ liveStories { id locale title } }`;
  const stories = async (name: Parameters<DeskTestApp["as"]>[0]) =>
    ((await app.as(name)(STORIES)).data?.liveStories ?? []).map(
      (s: { id: string; locale: string }) => `${s.id}:${s.locale}`,
    );

  it("lists the live stories published in the editions the user may post to", async () => {
    expect(await stories("editorAr")).toEqual([`${story}:ar`]);
    expect(await stories("editorEn")).toEqual([`${unpublishedInArabic}:en`, `${story}:en`]);
    expect(await stories("editorEs")).toEqual([]);
    expect((await stories("admin")).sort()).toEqual(
      [`${unpublishedInArabic}:en`, `${story}:en`, `${story}:ar`].sort(),
    );
    // Translators cannot post updates, so they are offered none.
    expect(await stories("translatorAr")).toEqual([]);
    const narrowed = await app.as("admin")(`{ liveStories(locales: [ar]) { id locale } }`);
    expect(narrowed.data?.liveStories).toEqual([{ id: story, locale: "ar" }]);
  });

  it("needs a signed-in user", async () => {
    const anonymous = await app.query(STORIES);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
