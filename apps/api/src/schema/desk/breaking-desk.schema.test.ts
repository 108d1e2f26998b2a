import { postBreakingItem } from "@sahifa/db/live/breaking-items";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_NOW } from "../../testing/newsroom-fixture.ts";
import { subscribeSse } from "../../testing/sse-client.ts";
import { createDeskTestApp, type DeskTestApp } from "./desk.test-app.ts";

let app: DeskTestApp;
let itemId: string;
beforeAll(async () => {
  app = await createDeskTestApp();
  // Posted at the API's clock (the fixture's fixed now), so its expiry is in range whatever today is.
  const posted = await postBreakingItem(app.db, { locale: "ar", text: "إغلاق الطريق الساحلي" }, FIXTURE_NOW);
  if (!posted.ok) throw new Error(posted.problem.message);
  itemId = String(posted.item.id);
});
afterAll(() => app?.close());

const EDIT = /* GraphQL */ `
  mutation ($id: ID!, $text: String!, $url: String) {
    editBreakingNews(id: $id, text: $text, url: $url) {
      __typename
      ... on BreakingItemChanged { item { text url } }
      ... on DeskError { code message }
    }
  }
`;

const POST = /* GraphQL */ `
  mutation ($locale: Locale!, $text: String!, $url: String, $articleId: ID) {
    postBreakingNews(locale: $locale, text: $text, url: $url, articleId: $articleId) {
      __typename
      ... on BreakingNewsPosted { item { id text url } }
      ... on ValidationError { problems { field } }
      ... on DeskError { code message }
    }
  }
`;

describe("postBreakingNews", () => {
  it("refuses other editions' editors, translators and anonymous callers", async () => {
    const input = { locale: "en", text: "Breaking test" };
    expect((await app.as("editorEs")(POST, input)).data?.postBreakingNews).toMatchObject({
      __typename: "Forbidden",
      code: "FORBIDDEN",
    });
    expect((await app.as("translatorEn")(POST, input)).data?.postBreakingNews).toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await app.query(POST, input)).data?.postBreakingNews).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("answers ValidationError naming the field: empty text, a bad link, an unknown article", async () => {
    const post = (input: Record<string, unknown>) =>
      app.as("editorEs")(POST, { locale: "es", text: "Última hora", ...input });
    expect((await post({ text: "  " })).data?.postBreakingNews).toMatchObject({
      __typename: "ValidationError",
      code: "INVALID",
      problems: [{ field: "text" }],
    });
    expect((await post({ url: "javascript:alert(1)" })).data?.postBreakingNews).toMatchObject({
      problems: [{ field: "url" }],
    });
    expect((await post({ articleId: "999999" })).data?.postBreakingNews).toMatchObject({
      problems: [{ field: "articleId" }],
    });
  });

  it("posts for an editor of the edition and pushes the item to that edition's subscribers", async () => {
    const fetch = (url: string, init: RequestInit) => app.app.fetch(url, init);
    const subscriber = subscribeSse<{ breakingNews: { id: string; text: string } }>(
      fetch,
      "http://test/graphql",
      "subscription { breakingNews(locale: es) { id text } }",
    );
    await subscriber.opened;
    const posted = await app.as("editorEs")(POST, { locale: "es", text: "Última hora: reabre el puerto" });
    expect(posted.data?.postBreakingNews).toMatchObject({
      __typename: "BreakingNewsPosted",
      item: { text: "Última hora: reabre el puerto", url: null },
    });
    expect(await subscriber.next()).toEqual({
      breakingNews: { id: posted.data?.postBreakingNews.item.id, text: "Última hora: reabre el puerto" },
    });
    subscriber.close();
  });
});

describe("breaking news edits over GraphQL", () => {
  it("lets the edition's editors edit and expire, refuses others and bad links", async () => {
    expect((await app.as("editorEs")(EDIT, { id: itemId, text: "x" })).data?.editBreakingNews).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      (await app.as("translatorAr")(EDIT, { id: itemId, text: "x" })).data?.editBreakingNews,
    ).toMatchObject({ code: "FORBIDDEN" });
    expect((await app.query(EDIT, { id: itemId, text: "x" })).data?.editBreakingNews).toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(
      (await app.as("editorAr")(EDIT, { id: itemId, text: "x", url: "data:text/html,hi" })).data
        ?.editBreakingNews,
    ).toMatchObject({
      __typename: "ValidationError",
    });
    expect(
      (await app.as("editorAr")(EDIT, { id: itemId, text: "إعادة فتح الطريق الساحلي", url: "/ar" })).data
        ?.editBreakingNews,
    ).toEqual({
      __typename: "BreakingItemChanged",
      item: { text: "إعادة فتح الطريق الساحلي", url: "/ar" },
    });
    expect(
      (await app.as("editorAr")(EDIT, { id: "999999", text: "x" })).data?.editBreakingNews,
    ).toMatchObject({ code: "FORBIDDEN" });
    expect((await app.as("admin")(EDIT, { id: "999999", text: "x" })).data?.editBreakingNews).toMatchObject({
      code: "NOT_FOUND",
    });

    const ticker = async () => {
      const response = await app.query<{ breaking: Array<{ id: string }> }>(
        `{ breaking(locale: ar, first: 50) { id } }`,
      );
      return (response.data?.breaking ?? []).map((b) => b.id);
    };
    const EXPIRE = `mutation ($id: ID!) { expireBreakingNews(id: $id) { __typename ... on DeskError { code } } }`;
    expect((await app.as("editorEn")(EXPIRE, { id: itemId })).data?.expireBreakingNews).toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await app.as("editorAr")(EXPIRE, { id: itemId })).data?.expireBreakingNews).toEqual({
      __typename: "BreakingItemChanged",
    });
    expect(await ticker()).not.toContain(itemId);
  });
});
