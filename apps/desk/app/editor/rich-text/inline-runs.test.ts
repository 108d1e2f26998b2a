import type { InlineRun } from "@sahifa/domain/blocks";
import { describe, expect, it } from "vitest";
import { docToRuns, runsToDoc, sameRuns } from "./inline-runs.ts";

const runs: InlineRun[] = [
  { text: "The river rose " },
  { text: "half a metre", marks: ["bold"] },
  { text: " overnight, " },
  { text: "says the agency", marks: ["bold", "italic"], href: "https://example.org/report" },
  { text: "." },
];

describe("inline runs ⇄ rich-text document", () => {
  it("round-trips text, marks and links unchanged", () => {
    expect(docToRuns(runsToDoc(runs))).toEqual(runs);
  });

  it("writes marks and links as the field's marks", () => {
    const doc = runsToDoc([{ text: "قال", marks: ["italic"], href: "/ar/news/1" }]);
    expect(doc.content?.[0]?.content?.[0]).toEqual({
      type: "text",
      text: "قال",
      marks: [{ type: "italic" }, { type: "link", attrs: { href: "/ar/news/1" } }],
    });
  });

  it("merges neighbours with the same format and orders marks as the domain does", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "a ", marks: [{ type: "italic" }, { type: "bold" }] },
            { type: "text", text: "b", marks: [{ type: "bold" }, { type: "italic" }] },
            { type: "text", text: " c" },
          ],
        },
      ],
    };
    expect(docToRuns(doc)).toEqual([{ text: "a b", marks: ["bold", "italic"] }, { text: " c" }]);
  });

  it("keeps a marked phrase that moved within the sentence", () => {
    const moved = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "half a metre", marks: [{ type: "bold" }] },
            { type: "text", text: " is how far the river rose." },
          ],
        },
      ],
    };
    expect(docToRuns(moved)).toEqual([
      { text: "half a metre", marks: ["bold"] },
      { text: " is how far the river rose." },
    ]);
  });

  it("drops marks the domain does not know and keeps their text", () => {
    const doc = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "strike" }] }] }],
    };
    expect(docToRuns(doc)).toEqual([{ text: "x" }]);
  });

  it("answers one empty run for an empty field, and joins pasted paragraphs with a space", () => {
    expect(docToRuns(runsToDoc([{ text: "" }]))).toEqual([{ text: "" }]);
    const pasted = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "one" }] },
        { type: "paragraph", content: [{ type: "text", text: "two" }] },
      ],
    };
    expect(docToRuns(pasted)).toEqual([{ text: "one two" }]);
  });

  it("compares runs by what they show", () => {
    expect(sameRuns([{ text: "a" }, { text: "b" }], [{ text: "ab" }])).toBe(true);
    expect(sameRuns([{ text: "a", marks: ["bold"] }], [{ text: "a" }])).toBe(false);
  });
});
