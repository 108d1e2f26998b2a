import type { BodyBlock } from "@sahifa/domain/blocks";
import { describe, expect, it } from "vitest";
import { sourceContent } from "../testing/fixtures.ts";
import { blockSlots, readSlotField, setSlot, slotFieldName } from "./block-slots.ts";

const [paragraph, heading, quote, list, captioned, uncaptioned, related] = sourceContent.body as [
  BodyBlock,
  BodyBlock,
  BodyBlock,
  BodyBlock,
  BodyBlock,
  BodyBlock,
  BodyBlock,
];

describe("blockSlots", () => {
  it("offers one field per run of a paragraph, with its marks and link", () => {
    expect(blockSlots(paragraph)).toEqual([
      { path: "content[0].text", role: "text", value: "The river rose ", multiline: true },
      { path: "content[1].text", role: "text", value: "half a metre", multiline: true, marks: ["bold"] },
      {
        path: "content[2].text",
        role: "text",
        value: " overnight, says the ",
        multiline: true,
        href: "https://example.org/gauge",
      },
    ]);
  });

  it("covers headings, quotes with attribution, list items and captions", () => {
    expect(blockSlots(heading).map((slot) => slot.path)).toEqual(["text"]);
    expect(blockSlots(quote).map((slot) => [slot.path, slot.role])).toEqual([
      ["text", "text"],
      ["attribution", "attribution"],
    ]);
    expect(blockSlots(list).map((slot) => slot.path)).toEqual(["items[0][0].text", "items[1][0].text"]);
    expect(blockSlots(captioned).map((slot) => slot.value)).toEqual(["The old bridge at dawn"]);
  });

  it("adds no field where the source has no text: captionless image, related box", () => {
    expect(blockSlots(uncaptioned)).toEqual([]);
    expect(blockSlots(related)).toEqual([]);
    expect(blockSlots({ type: "quote", text: "x" })).toHaveLength(1);
  });
});

describe("setSlot", () => {
  it("replaces one piece of text and keeps marks, links and the source untouched", () => {
    const edited = setSlot(paragraph, "content[2].text", " durante la noche, dice el ");
    expect(edited).toEqual({
      type: "paragraph",
      content: [
        { text: "The river rose " },
        { text: "half a metre", marks: ["bold"] },
        { text: " durante la noche, dice el ", href: "https://example.org/gauge" },
      ],
    });
    expect(paragraph.type === "paragraph" && paragraph.content[2]?.text).toBe(" overnight, says the ");
  });

  it("edits nested list items", () => {
    const edited = setSlot(list, "items[1][0].text", "Linternas");
    expect(edited.type === "list" && edited.items[1]?.[0]?.text).toBe("Linternas");
  });

  it("ignores paths that are not slots, so a forged field cannot reshape a block", () => {
    expect(setSlot(captioned, "mediaId", "9")).toBe(captioned);
    expect(setSlot(paragraph, "content[7].text", "extra")).toBe(paragraph);
    expect(setSlot(uncaptioned, "caption", "added")).toBe(uncaptioned);
    expect(setSlot(paragraph, "content[0].href", "javascript:alert(1)")).toBe(paragraph);
  });
});

describe("slot field names", () => {
  it("round-trip through the form", () => {
    expect(readSlotField(slotFieldName(12, "items[1][0].text"))).toEqual({
      blockIndex: 12,
      path: "items[1][0].text",
    });
    expect(readSlotField("title")).toBeNull();
  });
});
