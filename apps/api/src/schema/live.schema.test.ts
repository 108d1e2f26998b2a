import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishBreaking } from "../pubsub.ts";
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
