import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeskTestApp, type DeskTestApp } from "../schema/desk/desk.test-app.ts";
import { idOf } from "../testing/newsroom-fixture.ts";
import { CSRF_HEADER } from "../yoga.ts";

let t: DeskTestApp;
beforeAll(async () => {
  t = await createDeskTestApp();
});
afterAll(() => t.close());

const ARTICLE = /* GraphQL */ `
  query ($id: ID!, $locale: Locale) { article(id: $id, locale: $locale) { title } }
`;

function get(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const url = new URL("http://api/graphql");
  url.searchParams.set("query", query);
  url.searchParams.set("variables", JSON.stringify(variables));
  return t.app.fetch(url, { headers: { [CSRF_HEADER]: "1", accept: "application/json", ...headers } });
}

describe("HTTP caching of GraphQL answers", () => {
  it("a public query by GET: short shared caching, Vary, Content-Language, an ETag answered with 304", async () => {
    const response = await get(ARTICLE, { id: String(idOf(2)), locale: "ar" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=60");
    expect(response.headers.get("vary")).toBe("Accept-Language, Authorization, Cookie");
    expect(response.headers.get("content-language")).toBe("ar");
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect((await response.json()).data.article.title).toContain("قصة");

    const again = await get(ARTICLE, { id: String(idOf(2)), locale: "ar" }, { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);

    // Another answer, another tag.
    const english = await get(ARTICLE, { id: String(idOf(2)), locale: "en" }, { "if-none-match": etag! });
    expect(english.status).toBe(200);
    expect(english.headers.get("content-language")).toBe("en");
    expect(english.headers.get("etag")).not.toBe(etag);
  });

  it("takes the edition from Accept-Language when the query names none", async () => {
    const response = await get(ARTICLE, { id: String(idOf(6)) }, { "accept-language": "es-ES,es;q=0.9" });
    expect(response.headers.get("content-language")).toBe("es");
  });

  it("anything with a session, a mutation or an error is private, no-store", async () => {
    const signedIn = await get(
      ARTICLE,
      { id: String(idOf(2)) },
      { authorization: `Bearer ${t.tokens.editorEn}` },
    );
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect(signedIn.headers.get("etag")).toBeNull();

    const failing = await get('query { article(id: "1", slug: "x") { title } }', {});
    expect(failing.headers.get("cache-control")).toBe("private, no-store");

    const mutation = await t.app.fetch("http://api/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: 'mutation { signIn(email: "nobody@desk.test", password: "wrong") { __typename } }',
      }),
    });
    expect(mutation.headers.get("cache-control")).toBe("private, no-store");
  });

  it("refuses a mutation sent by GET", async () => {
    const response = await get("mutation { signOut { __typename } }", {});
    expect(response.status).toBe(405);
  });
});
