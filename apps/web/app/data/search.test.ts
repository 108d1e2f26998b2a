import { describe, expect, it } from "vitest";
import { searchRequestOf } from "./search.ts";

describe("searchRequestOf", () => {
  it("reads the query and its filters from the URL, keeping only known kinds", () => {
    const request = searchRequestOf(
      new URL("https://sahifa.example/ar/search?q=الحكومة&section=news&kind=opinion&after=abc"),
    );
    expect(request).toEqual({
      query: "الحكومة",
      after: "abc",
      section: "news",
      region: null,
      kind: "opinion",
    });
    expect(searchRequestOf(new URL("https://sahifa.example/en/search?q=x&kind=poem")).kind).toBeNull();
  });

  it("turns control characters into word breaks and bounds the length", () => {
    expect(searchRequestOf(new URL("https://sahifa.example/en/search?q=port%00storm")).query).toBe(
      "port storm",
    );
    expect(
      searchRequestOf(new URL(`https://sahifa.example/en/search?q=${"a".repeat(5000)}`)).query,
    ).toHaveLength(2000);
  });
});
