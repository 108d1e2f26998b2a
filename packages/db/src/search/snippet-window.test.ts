import { describe, expect, it } from "vitest";
import { SNIPPET_WINDOW_CHARS, snippetWindow, wantedWords } from "./snippet-window.ts";

describe("snippetWindow", () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

  it("keeps short texts whole", () => {
    expect(snippetWindow("a short text", "text", ["text"])).toBe("a short text");
  });

  it("opens on the passage of the first match, on word boundaries", () => {
    const text = `${filler(400)} the المكتبات opened ${filler(400)}`;
    const window = snippetWindow(text, "مكتبه", ["مكتب"]);
    expect(window).toContain("المكتبات");
    expect(window.length).toBeLessThanOrEqual(SNIPPET_WINDOW_CHARS);
    expect(text.includes(` ${window} `)).toBe(true);
  });

  it("prefers the lexeme as a whole word over words that merely start with it", () => {
    const text = `${filler(20)} lighthousekeeper ${filler(600)} the lighthous stood ${filler(50)}`;
    expect(snippetWindow(text, "lighthouses", ["lighthous"])).toContain("the lighthous stood");
  });

  it("prefers a word starting with the lexeme over one that only contains it", () => {
    const text = `${filler(20)} searchlight ${filler(600)} the lights went out ${filler(50)}`;
    expect(snippetWindow(text, "light", ["light"])).toContain("the lights went out");
  });

  it("falls back to the query words' first letters when the stemmer rewrote the word", () => {
    const text = `${filler(600)} a library opened ${filler(50)}`;
    expect(snippetWindow(text, "libraries", ["librari"])).toContain("a library opened");
  });

  it("falls back to the start when no query word appears, ignoring exclusions", () => {
    const text = `${filler(600)} harbour`;
    expect(snippetWindow(text, "zeppelin -harbour", ["zeppelin"]).startsWith("word0 word1")).toBe(true);
  });

  it("takes exclusions and quotes out of the wanted words", () => {
    expect(wantedWords('"regional cup" -final anti-war')).toBe("regional cup anti-war");
  });

  it("leaves out the OR operator, not the word or", () => {
    expect(wantedWords("trigo OR fútbol or agua")).toBe("trigo fútbol agua");
    expect(wantedWords('or trigo "agua or sal" or')).toBe("or trigo agua or sal or");
  });
});
