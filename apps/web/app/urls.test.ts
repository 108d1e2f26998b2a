import { describe, expect, it } from "vitest";
import { encodePath, urls } from "./urls.ts";

describe("urls", () => {
  it("percent-encodes Arabic slugs the same way whether built here or taken from the API", () => {
    const built = urls.article("ar", "news/politics", 7, "سلام");
    expect(built).toBe("/ar/news/politics/7/%D8%B3%D9%84%D8%A7%D9%85");
    expect(encodePath("/ar/news/politics/7/سلام")).toBe(built);
  });

  it("leaves a plain path as it is and encodes what a segment must not hold as text", () => {
    expect(encodePath("/en/news/economy/1006/port-opens_a.third~terminal")).toBe(
      "/en/news/economy/1006/port-opens_a.third~terminal",
    );
    expect(encodePath("/es/tag/50% más?#")).toBe("/es/tag/50%25%20m%C3%A1s%3F%23");
  });
});
