import { validateBody } from "@sahifa/domain/block-validation";
import { BLOCK_TYPES, type BodyBlock } from "@sahifa/domain/blocks";
import { describe, expect, it } from "vitest";
import {
  emptyBlock,
  insertBlock,
  joinWithPrevious,
  moveBlock,
  parseArticleIds,
  removeBlock,
  splitParagraph,
} from "./body-editing.ts";

const a: BodyBlock = { type: "heading", level: 2, text: "A" };
const b: BodyBlock = { type: "quote", text: "B" };
const c: BodyBlock = { type: "paragraph", content: [{ text: "C" }] };

describe("body editing", () => {
  it("offers an empty block of every type the domain has, each one the API accepts as a draft", () => {
    for (const type of BLOCK_TYPES) {
      const block = emptyBlock(type, 7);
      expect(block?.type).toBe(type);
      // A video needs its address and a related box an article before they validate; the rest are valid drafts.
      const needsInput = type === "video" || type === "related";
      expect(validateBody([block]).ok, type).toBe(!needsInput);
    }
  });

  it("offers no image or gallery block when there is no image to show", () => {
    expect(emptyBlock("image", null)).toBeNull();
    expect(emptyBlock("gallery", null)).toBeNull();
  });

  it("inserts, removes and moves blocks without touching the input", () => {
    const body = [a, b];
    expect(insertBlock(body, 1, c)).toEqual([a, c, b]);
    expect(insertBlock(body, 99, c)).toEqual([a, b, c]);
    expect(removeBlock(body, 0)).toEqual([b]);
    expect(moveBlock([a, b, c], 2, -1)).toEqual([a, c, b]);
    expect(moveBlock([a, b, c], 0, 1)).toEqual([b, a, c]);
    expect(moveBlock([a, b, c], 0, -1)).toEqual([a, b, c]);
    expect(moveBlock([a, b, c], 2, 1)).toEqual([a, b, c]);
    expect(body).toEqual([a, b]);
  });

  it("reads article numbers separated by commas (Latin or Arabic) or spaces", () => {
    expect(parseArticleIds("12, 40 7،12 x -3")).toEqual([12, 40, 7]);
  });

  it("splits a paragraph into two where the cursor was, the marks kept on both sides", () => {
    const body: BodyBlock[] = [a, { type: "paragraph", content: [{ text: "ten ", marks: ["bold"] }] }];
    const split = splitParagraph(
      body,
      1,
      [{ text: "te", marks: ["bold"] }],
      [{ text: "n ", marks: ["bold"] }],
    );
    expect(split).toEqual([
      a,
      { type: "paragraph", content: [{ text: "te", marks: ["bold"] }] },
      { type: "paragraph", content: [{ text: "n ", marks: ["bold"] }] },
    ]);
    // Only paragraphs split.
    expect(splitParagraph(body, 0, [{ text: "x" }], [{ text: "y" }])).toEqual(body);
  });

  it("joins a paragraph onto the one before, merging the runs where they meet and giving the cursor's place", () => {
    const first: BodyBlock = {
      type: "paragraph",
      content: [{ text: "Ten " }, { text: "ye", marks: ["bold"] }],
    };
    const second: BodyBlock = {
      type: "paragraph",
      content: [
        { text: "ars", marks: ["bold"] },
        { text: " later", href: "https://example.org/" },
      ],
    };
    expect(joinWithPrevious([first, second, a], 1)).toEqual({
      body: [
        {
          type: "paragraph",
          content: [
            { text: "Ten " },
            { text: "years", marks: ["bold"] },
            { text: " later", href: "https://example.org/" },
          ],
        },
        a,
      ],
      caret: 6,
    });
    // An empty paragraph joined on leaves nothing behind; a heading before is not joined to.
    expect(joinWithPrevious([first, { type: "paragraph", content: [{ text: "" }] }], 1)?.body).toEqual([
      first,
    ]);
    expect(joinWithPrevious([a, second], 1)).toBeNull();
    expect(joinWithPrevious([second], 0)).toBeNull();
  });

  it("gives back the same text after a split and a join", () => {
    const paragraph: BodyBlock = {
      type: "paragraph",
      content: [{ text: "قال " }, { text: "عشر سنوات", marks: ["bold"] }, { text: "." }],
    };
    const split = splitParagraph(
      [paragraph],
      0,
      [{ text: "قال " }, { text: "عشر", marks: ["bold"] }],
      [{ text: " سنوات", marks: ["bold"] }, { text: "." }],
    );
    expect(joinWithPrevious(split, 1)).toEqual({ body: [paragraph], caret: 7 });
  });
});
