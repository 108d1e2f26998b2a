import { describe, expect, it } from "vitest";
import { SNIPPET_WINDOW_CHARS, snippetWindow } from "./snippet-window.ts";

describe("snippetWindow", () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

  it("keeps short texts whole", () => {
    expect(snippetWindow("a short text", "text")).toBe("a short text");
  });

  it("opens on the passage of the first match, on word boundaries", () => {
    const text = `${filler(400)} the المكتبات opened ${filler(400)}`;
    const window = snippetWindow(text, "مكتبه");
    expect(window).toContain("المكتبات");
    expect(window.length).toBeLessThanOrEqual(SNIPPET_WINDOW_CHARS);
    expect(text.includes(` ${window} `)).toBe(true);
  });

  it("falls back to the start when no query word appears, ignoring exclusions", () => {
    const text = `${filler(600)} harbour`;
    expect(snippetWindow(text, "zeppelin -harbour").startsWith("word0 word1")).toBe(true);
  });
});
