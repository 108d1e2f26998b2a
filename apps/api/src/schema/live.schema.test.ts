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

const RUNNING = /* GraphQL */ `
  query ($locale: Locale, $first: Int, $after: String) {
    runningLiveStories(locale: $locale, first: $first, after: $after) {
      edges {
        node {
          article { id title kind }
          lastUpdatedAt
          latestUpdate { id title body }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const POST_UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $locale: Locale!, $body: String!) {
    postLiveUpdate(articleId: $id, locale: $locale, body: $body) { __typename }
  }
`;

type Running = {
  runningLiveStories: {
    edges: Array<{
      node: { article: { id: string }; lastUpdatedAt: string; latestUpdate: { body: string } | null };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe("runningLiveStories", () => {
  const running = async (variables: Record<string, unknown>) =>
    (await app.query<Running>(RUNNING, variables)).data?.runningLiveStories;
  const ids = async (locale: string) => (await running({ locale }))?.edges.map((e) => e.node.article.id);

  beforeAll(async () => {
    // Articles 2 and 4 are published in Arabic; 1 is in review there and 5 archived.
    await sql`update articles set kind = 'live' where id in (${idOf(1)}, ${idOf(2)}, ${idOf(4)}, ${idOf(5)})`.execute(
      app.db,
    );
  });

  it("lists, to anyone, the stories updated in the edition within the last day, the newest update first", async () => {
    // Published on the fixture's day, long ago, and never updated: not running.
    expect(await ids("ar")).toEqual([]);
    const post = (n: number, locale: string, body: string) =>
      app.as(locale === "ar" ? "editorAr" : "editorEn")(POST_UPDATE, { id: String(idOf(n)), locale, body });
    expect((await post(2, "ar", "بدأ هطول المطر.")).data?.postLiveUpdate.__typename).toBe("LiveUpdatePosted");
    // The kept answer was forgotten when the update was posted.
    expect(await ids("ar")).toEqual([String(idOf(2))]);
    await post(4, "ar", "أُغلق الميناء.");
    await post(1, "en", "Ferries stay in port.");
    const arabic = await running({ locale: "ar" });
    expect(arabic?.edges.map((e) => e.node.article.id)).toEqual([String(idOf(4)), String(idOf(2))]);
    expect(arabic?.edges[0]?.node).toMatchObject({
      article: { kind: "live" },
      latestUpdate: { body: "أُغلق الميناء." },
    });
    expect(Date.now() - Date.parse(arabic?.edges[0]?.node.lastUpdatedAt ?? "")).toBeLessThan(60_000);
    // Article 1's Arabic is in review: its English updates are the English edition's only.
    expect(await ids("en")).toEqual([String(idOf(1))]);
    expect(await ids("es")).toEqual([]);
  });

  it("pages with cursors and refuses a page larger than the limit", async () => {
    const first = await running({ locale: "ar", first: 1 });
    expect(first?.edges.map((e) => e.node.article.id)).toEqual([String(idOf(4))]);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const second = await running({ locale: "ar", first: 1, after: first?.pageInfo.endCursor });
    expect(second?.edges.map((e) => e.node.article.id)).toEqual([String(idOf(2))]);
    expect(second?.pageInfo.hasNextPage).toBe(false);
    const tooMany = await app.query(RUNNING, { locale: "ar", first: 101 });
    expect(tooMany.errors?.[0]?.message).toContain('"first" must be between 0 and 100');
    const badCursor = await app.query(RUNNING, { locale: "ar", after: "nonsense" });
    expect(badCursor.errors?.[0]?.message).toContain("Malformed cursor");
  });
});
