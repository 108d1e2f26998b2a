import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../testing/test-app.ts";
import { pageSizeVariables } from "./query-cost.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  // No response cache: every request below must reach the price check.
  t = await createTestApp({ app: { responseCache: null } });
});
afterAll(() => t?.close());

/** About 5,000 per article asked for: one is allowed, a hundred are over the limit. */
const PAGE_OF_TAG_PAGES = `query Priced($n: Int, $locale: Locale = en) {
  articles(locale: $locale, first: $n) { edges { node { tags { articles(first: 100) { edges { node { id title summary url } } } } } } }
}`;

async function verdict(document: string, variables: Record<string, unknown>) {
  const { errors } = await t.query(document, variables);
  return errors?.[0]?.extensions?.code ?? "ok";
}

describe("query cost kept per document", () => {
  it("prices the same document again for each page size asked for", async () => {
    const answers = [];
    for (const n of [1, 100, 1, 100]) answers.push(await verdict(PAGE_OF_TAG_PAGES, { n }));
    expect(answers).toEqual(["ok", "QUERY_TOO_COSTLY", "ok", "QUERY_TOO_COSTLY"]);
  });

  it("gives the same verdict whatever the variables that are not page sizes", async () => {
    expect(await verdict(PAGE_OF_TAG_PAGES, { n: 1, locale: "en" })).toBe("ok");
    expect(await verdict(PAGE_OF_TAG_PAGES, { n: 1, locale: "ar" })).toBe("ok");
    expect(await verdict(PAGE_OF_TAG_PAGES, { n: 100, locale: "ar" })).toBe("QUERY_TOO_COSTLY");
  });

  it("tells an absent page size, which takes its declared default, from a null one", async () => {
    const withDefault = PAGE_OF_TAG_PAGES.replace("$n: Int,", "$n: Int = 1,");
    expect(await verdict(withDefault, {})).toBe("ok");
    // null asks for the list's own default page (20 articles): over the limit.
    expect(await verdict(withDefault, { n: null })).toBe("QUERY_TOO_COSTLY");
    expect(await verdict(withDefault, {})).toBe("ok");
  });
});

describe("pageSizeVariables", () => {
  it("names the variables given as first, last or limit, in fragments too, and no others", () => {
    const document = parse(`
      query ($a: Int, $b: Int, $slug: String, $c: Int) {
        tag(slug: $slug) { ...F }
        search(locale: en, query: "x", limit: $c) { totalCount }
      }
      fragment F on Tag { articles(first: $a, last: $b) { totalCount } }
    `);
    expect(pageSizeVariables(document)).toEqual(["a", "b", "c"]);
  });
});
