import { postBreakingItem } from "@sahifa/db/live/breaking-items";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeskTestApp, type DeskTestApp } from "./desk.test-app.ts";

let app: DeskTestApp;
let itemId: string;
beforeAll(async () => {
  app = await createDeskTestApp();
  const posted = await postBreakingItem(app.db, { locale: "ar", text: "إغلاق الطريق الساحلي" });
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
