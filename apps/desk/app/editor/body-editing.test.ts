import { validateBody } from "@sahifa/domain/block-validation";
import { BLOCK_TYPES, type BodyBlock } from "@sahifa/domain/blocks";
import { describe, expect, it } from "vitest";
import { emptyBlock, insertBlock, moveBlock, parseArticleIds, removeBlock } from "./body-editing.ts";

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
});
