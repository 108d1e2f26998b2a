import { describe, expect, it } from "vitest";
import { readerUrl } from "./reader-url.server.ts";

describe("readerUrl", () => {
  it("puts a reader path on the reader origin, Arabic slugs percent-encoded", () => {
    expect(readerUrl("/ar/news/1066/عاجل-الميناء", "https://news.example")).toBe(
      "https://news.example/ar/news/1066/%D8%B9%D8%A7%D8%AC%D9%84-%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1",
    );
    expect(readerUrl("/preview/12.es.4.1796610990.abc_-", "http://localhost:3000")).toBe(
      "http://localhost:3000/preview/12.es.4.1796610990.abc_-",
    );
  });

  it("never leaves the reader origin, whatever the path holds", () => {
    expect(new URL(readerUrl("//evil.example/x", "http://localhost:3000")).origin).toBe(
      "http://localhost:3000",
    );
    expect(new URL(readerUrl("/a/../../b?x#y", "http://localhost:3000")).origin).toBe(
      "http://localhost:3000",
    );
  });
});
