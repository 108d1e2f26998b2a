import { readdirSync } from "node:fs";
import type { Database } from "@sahifa/db/database";
import { MEDIA_DIR } from "@sahifa/db/media-files";
import { BODY_LIMITS } from "@sahifa/domain/block-validation";
import { getIntrospectionQuery } from "graphql";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "./testing/test-app.ts";
import { createApp, LIMITS } from "./yoga.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("HTTP app", () => {
  it("/healthz answers 200 when the database answers", async () => {
    const response = await t.app.fetch("http://test/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/healthz answers 503 when the database does not", async () => {
    const pool = new pg.Pool({
      connectionString: "postgres://nobody@127.0.0.1:1/none",
      connectionTimeoutMillis: 1000,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const response = await createApp({ db }).fetch("http://test/healthz");
    expect(response.status).toBe(503);
    await db.destroy();
  });

  it("serves media files with type, caching and validators", async () => {
    const name = readdirSync(MEDIA_DIR).find((file) => file.endsWith(".svg"));
    expect(name).toBeDefined();
    const response = await t.app.fetch(`http://test/media/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect((await response.text()).startsWith("<svg")).toBe(true);
    const again = await t.app.fetch(`http://test/media/${name}`, {
      headers: { "if-none-match": response.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
  });

  it("never serves anything outside the media directory", async () => {
    for (const path of [
      "/media/../package.json",
      "/media/..%2Fpackage.json",
      "/media/%2e%2e%2fsrc%2fconnect.ts",
      "/media/.gitignore",
      "/media/missing.svg",
      "/media/",
    ]) {
      const response = await t.app.fetch(`http://test${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it("serves GraphiQL at /graphql to browsers, with no script or style from another origin", async () => {
    const response = await t.app.fetch("http://test/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toMatch(/GraphiQL|graphiql/);
    expect(page).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(page).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    expect(page).not.toMatch(/unpkg\.com|jsdelivr/);
  });

  it("lets the web app's origin call it (CORS)", async () => {
    const response = await t.app.fetch("http://test/graphql", {
      method: "OPTIONS",
      headers: { origin: "http://localhost:3000", "access-control-request-method": "POST" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
  });
});

describe("bad input", () => {
  it("refuses an unknown locale as a GraphQL validation error", async () => {
    const { data, errors } = await t.query("{ edition(locale: fr) { locale } }");
    expect(data).toBeUndefined();
    expect(errors?.[0]?.message).toMatch(/Locale/);
    const byVariable = await t.query("query ($l: Locale) { edition(locale: $l) { locale } }", { l: "fr" });
    expect(byVariable.errors?.[0]?.message).toMatch(/Locale/);
  });

  it("asks for exactly one of id or slug", async () => {
    const { errors } = await t.query('{ article(id: "1", slug: "x") { id } }');
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("masks unexpected errors", async () => {
    const db = t.db.withPlugin({
      transformQuery: () => {
        throw new Error("secret internal detail");
      },
      transformResult: async (args) => args.result,
    });
    const response = await createApp({ db }).fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ tags { slug } }" }),
    });
    const body = await response.text();
    expect(body).not.toMatch(/secret internal detail/);
    expect(body).toMatch(/Unexpected error/);
  });

  it("refuses queries that are too deep, too aliased or too long", async () => {
    const deep = `{ edition { lead { related { related { related { related { related { related { related { related { id } } } } } } } } } } }`;
    expect((await t.query(deep)).errors?.[0]?.message).toMatch(/depth/i);
    // A fragment spread is no deeper than the same fields written inline.
    const viaFragment = `query { edition { lead { ...A } } } fragment A on Article { related { ...B } } fragment B on Article { related { related { related { related { related { related { related { related { id } } } } } } } } }`;
    expect((await t.query(viaFragment)).errors?.[0]?.message).toMatch(/depth/i);
    const shallowFragments = `query { edition { lead { ...A } } } fragment A on Article { related { ...B } } fragment B on Article { section { ...C } } fragment C on Section { parent { ...D } } fragment D on Section { label }`;
    expect((await t.query(shallowFragments)).errors).toBeUndefined();
    const aliases = `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: tags { slug }`).join(" ")} }`;
    expect((await t.query(aliases)).errors?.[0]?.message).toMatch(/alias/i);
    const tokens = `{ ${"__typename ".repeat(LIMITS.maxTokens)} }`;
    expect((await t.query(tokens)).errors?.[0]?.message).toMatch(/token/i);
  });

  it("accepts a save of the longest Arabic body the domain allows", () => {
    const paragraph = "ب".repeat(BODY_LIMITS.maxTotalTextLength / BODY_LIMITS.maxBlocks);
    const body = Array.from({ length: BODY_LIMITS.maxBlocks }, () => ({
      type: "paragraph",
      content: [{ text: paragraph, marks: ["bold"], href: "https://example.org/a/long/link" }],
    }));
    const request = JSON.stringify({
      query: "mutation Save($input: SaveTranslationInput!) { saveTranslation(input: $input) { __typename } }",
      variables: { input: { title: "ع".repeat(300), summary: "ع".repeat(1_000), body } },
    });
    expect(Buffer.byteLength(request)).toBeLessThan(LIMITS.maxBodyBytes);
  });

  it("refuses a request body over the size limit", async () => {
    const response = await t.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(LIMITS.maxBodyBytes + 1) },
      body: JSON.stringify({ query: `{ __typename }${" ".repeat(LIMITS.maxBodyBytes)}` }),
    });
    expect(response.status).toBe(413);
  });

  it("uses a non-null variable's default when the variable is left out (queries run compiled otherwise)", async () => {
    const { data, errors } = await t.query<{ articles: { edges: unknown[] } }>(
      "query ($first: Int! = 2) { articles(locale: en, first: $first) { edges { cursor } } }",
    );
    expect(errors).toBeUndefined();
    expect(data?.articles.edges).toHaveLength(2);
    const compiled = await t.query<{ articles: { edges: unknown[] } }>(
      "query ($first: Int = 3) { articles(locale: en, first: $first) { edges { cursor } } }",
    );
    expect(compiled.data?.articles.edges).toHaveLength(3);
  });

  it("refuses a streamed body that does not declare its length (the limit is by Content-Length)", async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify({ query: "{ __typename }" })));
        controller.close();
      },
    });
    const response = await t.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(411);
  });

  it("lets GraphiQL's introspection query through the limits", async () => {
    const { data, errors } = await t.query(getIntrospectionQuery());
    expect(errors).toBeUndefined();
    expect(data?.__schema.queryType.name).toBe("Query");
  });

  it("turns introspection and GraphiQL off when asked", async () => {
    const closed = createApp({ db: t.db, introspection: false });
    const response = await closed.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    expect(((await response.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    const page = await closed.fetch("http://test/graphql", { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });
});
