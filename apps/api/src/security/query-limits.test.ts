import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../testing/test-app.ts";
import { type App, createApp, LIMITS } from "../yoga.ts";

/**
 * Replays: limit refusals answered 200, lists without paging priced as one item, aliases of
 * heavy nested lists, and NUL characters answered "Unexpected error".
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function post(app: App, query: string, variables: Record<string, unknown> = {}) {
  const response = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { status: response.status, body };
}

const TAG_ARTICLES = "tags { articles(first: 100) { edges { node { id title summary url } } } }";

describe("limit refusals", () => {
  it("answer 400 without data, as the GraphQL-over-HTTP spec asks", async () => {
    const deep = `{ edition { lead { related { related { related { related { related { related { related { related { id } } } } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: tags { slug }`).join(" ")} }`;
    const tokens = `{ ${"__typename ".repeat(LIMITS.maxTokens)} }`;
    const costly = `{ ${Array.from({ length: 8 }, (_, i) => `a${i}: articles(locale: en, first: 10) { edges { node { ${TAG_ARTICLES} } } }`).join(" ")} }`;
    for (const [name, query, pattern] of [
      ["depth", deep, /depth/i],
      ["aliases", aliases, /alias/i],
      ["tokens", tokens, /token/i],
      ["cost", costly, /cost/i],
    ] as const) {
      const { status, body } = await post(t.app, query);
      expect(status, name).toBe(400);
      expect(body.data, name).toBeUndefined();
      expect(body.errors?.[0]?.message, name).toMatch(pattern);
    }
  });

  it("price a list without paging by how many rows it has", async () => {
    const query = `{ ${TAG_ARTICLES} }`;
    expect((await post(t.app, query)).status).toBe(200);
    await t.db
      .insertInto("tags")
      .values(Array.from({ length: 120 }, (_, i) => ({ slug: `priced-tag-${i}` })))
      .execute();
    // A new app counts afresh (an app's counts are refreshed once a minute).
    const refused = await post(createApp({ db: t.db }), query);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
  });

  it("price a list without paging by `first` when it asks for fewer than it has", async () => {
    await t.db
      .insertInto("dossiers")
      .values(Array.from({ length: 120 }, (_, i) => ({ slug: `priced-dossier-${i}` })))
      .execute();
    const app = createApp({ db: t.db });
    const dossiers = (args: string) =>
      `{ dossiers${args} { articles(first: 100) { edges { node { id title summary url } } } } }`;
    const all = await post(app, dossiers(""));
    expect(all.status).toBe(400);
    expect(all.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    expect((await post(app, dossiers("(first: 4)"))).status).toBe(200);
  });

  it("price a page by the size asked for, in a literal or a variable", async () => {
    const page = (first: string) =>
      `{ a: articles(locale: en, first: ${first}) { edges { node { tags { articles(first: 100) { edges { node { id title summary url } } } } } } } }`;
    expect((await post(t.app, page("1"))).status).toBe(200);
    expect((await post(t.app, page("100"))).status).toBe(400);
    const byVariable = await post(
      t.app,
      "query ($n: Int) { articles(locale: en, first: $n) { edges { node { tags { articles(first: 100) { edges { node { id title summary url } } } } } } } }",
      { n: 100 },
    );
    expect(byVariable.status).toBe(400);
  });
});

describe("NUL characters", () => {
  it("are refused with a clear 400 in the reader's language, in literals and variables", async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['{ tag(slug: "a\\u0000b") { slug } }', {}],
      ["query ($s: String!) { tag(slug: $s) { slug } }", { s: "a\u0000b" }],
      ["query ($q: String!) { search(locale: en, query: $q) { totalCount } }", { q: "x\u0000" }],
      [
        'mutation ($e: String!) { signIn(email: $e, password: "whatever-long") { __typename } }',
        { e: "a\u0000@b.c" },
      ],
    ];
    for (const [query, variables] of cases) {
      const { status, body } = await post(t.app, query, variables);
      expect(status, query).toBe(400);
      expect(body.errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message, query).toMatch(/U\+0000/);
    }
    const arabic = await t.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "ar" },
      body: JSON.stringify({ query: '{ tag(slug: "\\u0000") { slug } }' }),
    });
    expect(((await arabic.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(
      /المحرف/,
    );
  });
});
