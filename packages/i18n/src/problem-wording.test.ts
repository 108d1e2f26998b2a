import { describe, expect, it } from "vitest";
import { createI18n } from "./create-i18n.ts";
import { wordFieldLabel, wordProblem, wordProblemInBlock } from "./problem-wording.ts";

// An instance with more namespaces than "problems", as the desk's is.
const spanish = createI18n("es", ["common", "desk", "problems"]);
const english = createI18n("en", ["common", "problems"]);

describe("problem wording with any instance that holds the problems namespace", () => {
  it("words a coded problem, with the field's label and the params", () => {
    const problem = {
      field: "slug",
      blockIndex: null,
      blockType: null,
      message: 'try "que-pasa"',
      code: "slug_invalid",
      params: { suggestion: "que-pasa" },
    } as const;
    expect(wordProblem(spanish, problem)).toContain("«que-pasa»");
  });

  it("names the block a problem is in, and gives unknown fields a generic label", () => {
    const problem = {
      field: "content[0].href",
      blockIndex: 2,
      blockType: "paragraph",
      message: "x",
      code: "url_scheme",
    } as const;
    expect(wordProblemInBlock(spanish, problem)).toMatch(/^Bloque 3/);
    expect(wordFieldLabel(spanish, "nothing.we.know")).toBe(wordFieldLabel(spanish, ""));
  });

  it("keeps the English message of a problem without a code in English, and words it elsewhere", () => {
    const problem = {
      field: "section",
      blockIndex: null,
      blockType: null,
      message: "No such section",
    } as const;
    expect(wordProblem(english, problem)).toBe("No such section");
    expect(wordProblem(spanish, problem)).toContain("No such section");
  });
});
