import { syncSearchIndex } from "@sahifa/db/search/document";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../testing/test-app.ts";

let app: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  app = await createTestApp();
  // The fixture writes translations directly; the publish path would have indexed them.
  await syncSearchIndex(app.db);
});
afterAll(async () => {
  await app?.close();
});

const SEARCH = /* GraphQL */ `
  query ($query: String!, $locale: Locale, $first: Int! = 20, $after: String, $kind: ArticleKind, $section: String) {
    search(query: $query, locale: $locale, first: $first, after: $after, kind: $kind, section: $section) {
      notice
      totalCount
      hasNextPage
      endCursor
      hits { cursor article { id locale title kind } title { text match } snippet { text match } }
    }
  }
`;

interface Results {
  search: {
    notice: string | null;
    totalCount: number;
    hasNextPage: boolean;
    endCursor: string | null;
    hits: Array<{
      article: { id: string; locale: string; title: string; kind: string };
      title: Array<{ text: string; match: boolean }>;
      snippet: Array<{ text: string; match: boolean }>;
    }>;
  };
}

// `first` is passed explicitly: graphql-jit (reader queries) does not apply a non-null variable's default.
const search = (variables: Record<string, unknown>) =>
  app.query<Results>(SEARCH, { first: 20, ...variables });

describe("Query.search", () => {
  it("pages through an edition's matches with cursors", async () => {
    const first = await search({ query: "harbour", locale: "en" });
    expect(first.errors).toBeUndefined();
    expect(first.data?.search).toMatchObject({ notice: null, totalCount: 30, hasNextPage: true });
    expect(first.data?.search.hits).toHaveLength(20);
    const second = await search({ query: "harbour", locale: "en", after: first.data?.search.endCursor });
    expect(second.data?.search.hits).toHaveLength(10);
    expect(second.data?.search.hasNextPage).toBe(false);
    const ids = [...first.data!.search.hits, ...second.data!.search.hits].map((hit) => hit.article.id);
    expect(new Set(ids).size).toBe(30);
    const [hit] = first.data!.search.hits;
    expect(hit?.article.locale).toBe("en");
    expect(hit?.title.filter((run) => run.match).map((run) => run.text)).toEqual(["Harbour"]);
    expect(hit?.snippet.some((run) => run.match)).toBe(true);
  });

  it("finds only published translations of the edition, whatever the Arabic spelling", async () => {
    const counts = await Promise.all(
      ["قصة", "قصه", "قِصَّةُ", "قصـة"].map(
        async (query) => (await search({ query, locale: "ar" })).data?.search.totalCount,
      ),
    );
    expect(counts).toEqual([15, 15, 15, 15]);
    const spanish = await search({ query: "historia número", locale: "es" });
    expect(spanish.data?.search.totalCount).toBe(10);
  });

  it("filters by kind and section", async () => {
    const opinion = await search({ query: "harbour", locale: "en", kind: "opinion" });
    expect(opinion.data?.search.totalCount).toBe(6);
    expect(opinion.data?.search.hits.every((hit) => hit.article.kind === "opinion")).toBe(true);
    const news = await search({ query: "harbour", locale: "en", section: "news" });
    expect(news.data?.search.totalCount).toBe(18);
  });

  it("answers bad input with a notice, not an error", async () => {
    for (const [query, notice] of [
      ["", "EMPTY_QUERY"],
      ["?!*&|()", "NO_SEARCHABLE_TERMS"],
      [`harbour ${"و".repeat(2_000)}`, "QUERY_TRUNCATED"],
    ] as const) {
      const result = await search({ query, locale: "en" });
      expect(result.errors).toBeUndefined();
      expect(result.data?.search.notice).toBe(notice);
    }
  });

  it("refuses a malformed cursor and an oversized page as client errors", async () => {
    const cursor = await search({ query: "harbour", locale: "en", after: "garbage" });
    expect(cursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const page = await search({ query: "harbour", locale: "en", first: 101 });
    expect(page.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
