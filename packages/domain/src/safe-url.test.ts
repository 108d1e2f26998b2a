import { describe, expect, it } from "vitest";
import { isSafeUrl, MAX_URL_LENGTH, urlProblem } from "./safe-url.ts";

describe("urlProblem", () => {
  it("accepts http(s) and site-relative links, including Arabic paths", () => {
    for (const url of [
      "https://example.org/report?id=3#top",
      "HTTP://example.org",
      "/es/noticias/12/que-pasa-en-malaga",
      "/ar/news/12/مكتبة-عائمة",
      "/",
    ]) {
      expect(urlProblem(url), url).toBeNull();
    }
  });

  it("refuses script, data and other schemes in any case", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "vbscript:msgbox",
      "ftp://example.org/file",
      "mailto:desk@example.org",
      "http:example.org",
      "example.org/page",
      "#section",
      "jav%61script:alert(1)",
    ]) {
      expect(urlProblem(url), url).toBe("scheme");
    }
  });

  it("refuses protocol-relative links", () => {
    expect(urlProblem("//evil.example/x")).toBe("protocol_relative");
  });

  it("refuses whitespace, control characters and backslashes anywhere", () => {
    for (const url of [
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "\u0000javascript:alert(1)",
      "/\\evil.example",
      "https://example.org/a b",
      "\u200Bhttps://example.org",
      "https://example.org/\u202Egnp.exe",
    ]) {
      expect(urlProblem(url), JSON.stringify(url)).toBe("forbidden_character");
    }
  });

  it("refuses credentials, empty and over-long links", () => {
    expect(urlProblem("https://news.example@evil.example/")).toBe("credentials");
    expect(urlProblem("")).toBe("empty");
    expect(urlProblem(`/${"a".repeat(MAX_URL_LENGTH)}`)).toBe("too_long");
    expect(urlProblem("https://")).toBe("malformed");
    expect(isSafeUrl("https://example.org")).toBe(true);
  });
});
