import { describe, expect, it } from "vitest";
import { encodePath, urls } from "./urls.ts";

describe("urls", () => {
  it("percent-encodes Arabic slugs the same way whether built here or taken from the API", () => {
    const built = urls.article("ar", "news/politics", 7, "سلام");
    expect(built).toBe("/ar/news/politics/7/%D8%B3%D9%84%D8%A7%D9%85");
    expect(encodePath("/ar/news/politics/7/سلام")).toBe(built);
  });
});
