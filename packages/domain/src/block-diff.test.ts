import { describe, expect, it } from "vitest";
import { diffBlocks, hasBlockChanges, summarizeBlockDiff, textSimilarity } from "./block-diff.ts";
import type { BodyBlock } from "./blocks.ts";

const p = (text: string): BodyBlock => ({ type: "paragraph", content: [{ text }] });

const source: BodyBlock[] = [
  p("The floating library reopened on Monday at the river port."),
  { type: "image", mediaId: 4 },
  p("Volunteers carried two thousand books aboard before dawn."),
  { type: "quote", text: "Books travel better by boat.", attribution: "A librarian" },
  p("The boat will call at six towns this summer."),
];

const kinds = (before: BodyBlock[], after: BodyBlock[]) => diffBlocks(before, after).map((e) => e.kind);

describe("diffBlocks", () => {
  it("reports identical bodies as unchanged, ignoring key order", () => {
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverseKeys(v)]),
            )
          : value;
    const reordered = source.map(reverseKeys) as BodyBlock[];
    expect(Object.keys(reordered[3] ?? {})).toEqual(["attribution", "text", "type"]);
    const entries = diffBlocks(source, reordered);
    expect(entries.map((e) => e.kind)).toEqual(Array(5).fill("unchanged"));
    expect(hasBlockChanges(entries)).toBe(false);
  });

  it("finds an inserted block without marking later blocks changed", () => {
    const after = [...source.slice(0, 2), p("A new paragraph about the weather."), ...source.slice(2)];
    const entries = diffBlocks(source, after);
    expect(entries.map((e) => e.kind)).toEqual([
      "unchanged",
      "unchanged",
      "added",
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
    expect(entries[2]).toMatchObject({ kind: "added", afterIndex: 2 });
  });

  it("finds a removed block in place", () => {
    const after = [source[0], source[2], source[3], source[4]] as BodyBlock[];
    const entries = diffBlocks(source, after);
    expect(entries.map((e) => e.kind)).toEqual([
      "unchanged",
      "removed",
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
    expect(entries[1]).toMatchObject({ kind: "removed", beforeIndex: 1, before: { type: "image" } });
  });

  it("pairs an edited block as changed, with both versions", () => {
    const after = [...source];
    after[2] = p("Volunteers carried three thousand books aboard before dawn.");
    const entries = diffBlocks(source, after);
    expect(entries[2]).toEqual({
      kind: "changed",
      beforeIndex: 2,
      afterIndex: 2,
      before: source[2],
      after: after[2],
    });
    expect(summarizeBlockDiff(entries)).toEqual({ unchanged: 4, changed: 1, removed: 0, added: 0 });
  });

  it("tells an edit from an insertion next to it", () => {
    const after = [
      source[0],
      source[1],
      p("Rain delayed the departure by an hour."),
      p("Volunteers carried two thousand old books aboard before dawn."),
      ...source.slice(3),
    ] as BodyBlock[];
    expect(kinds(source, after)).toEqual([
      "unchanged",
      "unchanged",
      "added",
      "changed",
      "unchanged",
      "unchanged",
    ]);
  });

  it("treats a replaced block of another type as removed and added", () => {
    const after = [...source];
    after[1] = { type: "video", url: "https://video.example.org/a.mp4", title: "Departure" };
    expect(kinds(source, after)).toEqual([
      "unchanged",
      "removed",
      "added",
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
  });

  it("diffs Arabic and Spanish bodies the same way", () => {
    const before = [p("افتتحت المكتبة العائمة أبوابها صباح الاثنين."), p("La biblioteca abrió el lunes.")];
    const after = [p("افتتحت المكتبة العائمة أبوابها صباح الثلاثاء."), p("La biblioteca abrió el lunes.")];
    expect(kinds(before, after)).toEqual(["changed", "unchanged"]);
  });

  it("handles empty sides", () => {
    expect(kinds([], source.slice(0, 2))).toEqual(["added", "added"]);
    expect(kinds(source.slice(0, 2), [])).toEqual(["removed", "removed"]);
    expect(diffBlocks([], [])).toEqual([]);
  });

  it("covers every block of both sides exactly once", () => {
    const after = [source[4], p("Nuevo párrafo."), source[0], source[3]] as BodyBlock[];
    const entries = diffBlocks(source, after);
    const beforeSeen = entries.flatMap((e) => ("beforeIndex" in e ? [e.beforeIndex] : [])).sort();
    const afterSeen = entries.flatMap((e) => ("afterIndex" in e ? [e.afterIndex] : [])).sort();
    expect(beforeSeen).toEqual([0, 1, 2, 3, 4]);
    expect(afterSeen).toEqual([0, 1, 2, 3]);
  });
});

describe("textSimilarity", () => {
  it("scores shared words", () => {
    expect(textSimilarity("el río y el mar", "el río y el mar")).toBe(1);
    expect(textSimilarity("uno dos", "tres cuatro")).toBe(0);
    expect(textSimilarity("a b c d", "a b c e")).toBeCloseTo(0.75);
  });
});
