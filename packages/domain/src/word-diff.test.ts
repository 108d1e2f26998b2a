import { describe, expect, it } from "vitest";
import type { BodyBlock } from "./blocks.ts";
import { diffBlockWords, diffWordsIn, type WordChange } from "./word-diff.ts";

const side = (changes: WordChange[], skip: WordChange["kind"]) =>
  changes
    .filter((change) => change.kind !== skip)
    .map((change) => change.text)
    .join("");
const only = (changes: WordChange[], kind: WordChange["kind"]) =>
  changes.filter((change) => change.kind === kind).map((change) => change.text);
/** Combining marks (harakat, accents) that start a part were cut off the letter they belong to. */
const startsWithMark = (text: string) => /^\p{M}/u.test(text);

describe("diffWordsIn", () => {
  it("marks the English words that changed and keeps both texts whole", () => {
    const before = "The floating library reopened on Monday.";
    const after = "The floating library reopened on Tuesday, officials said.";
    const changes = diffWordsIn(before, after, "en");
    expect(only(changes, "removed")).toEqual(["Monday"]);
    expect(only(changes, "added")).toEqual(["Tuesday, officials said"]);
    expect(side(changes, "added")).toBe(before);
    expect(side(changes, "removed")).toBe(after);
  });

  it("cuts Arabic at word boundaries, clitics and harakat staying with their word", () => {
    const before = "وقالَ المسؤولون إنّ القاربَ سيزور ستَّ مدن";
    const after = "وقالت المسؤولة إنّ القاربَ سيزور سبعَ مدن";
    const changes = diffWordsIn(before, after, "ar");
    expect(only(changes, "removed")).toEqual(["وقالَ المسؤولون", "ستَّ"]);
    expect(only(changes, "added")).toEqual(["وقالت المسؤولة", "سبعَ"]);
    expect(changes.some((change) => startsWithMark(change.text))).toBe(false);
    expect(side(changes, "added")).toBe(before);
    expect(side(changes, "removed")).toBe(after);
  });

  it("never splits a Spanish accent from its letter, typed precomposed or not", () => {
    const decomposed = "La biblioteca abrio\u0301 el lunes";
    const changes = diffWordsIn(decomposed, "La biblioteca cerró el martes", "es");
    expect(only(changes, "removed")).toEqual(["abrió", "lunes"]);
    expect(only(changes, "added")).toEqual(["cerró", "martes"]);
    expect(changes.some((change) => startsWithMark(change.text))).toBe(false);
    // The same word with its accent typed either way is no change at all.
    expect(diffWordsIn("Qué pasa", "Que\u0301 pasa", "es")).toEqual([{ kind: "same", text: "Qué pasa" }]);
  });

  it("reports identical text as one unchanged part", () => {
    expect(diffWordsIn("يوم الاثنين", "يوم الاثنين", "ar")).toEqual([{ kind: "same", text: "يوم الاثنين" }]);
  });
});

describe("diffBlockWords", () => {
  const p = (text: string): BodyBlock => ({ type: "paragraph", content: [{ text }] });

  it("diffs paragraphs across their runs, and list items item by item", () => {
    const bold: BodyBlock = {
      type: "paragraph",
      content: [
        { text: "Volunteers carried " },
        { text: "two thousand", marks: ["bold"] },
        { text: " books." },
      ],
    };
    expect(
      only(diffBlockWords(bold, p("Volunteers carried three thousand books."), "en") ?? [], "removed"),
    ).toEqual(["two"]);
    const list = (items: string[]): BodyBlock => ({
      type: "list",
      ordered: false,
      items: items.map((text) => [{ text }]),
    });
    const changes = diffBlockWords(list(["uno", "dos tres"]), list(["uno", "cuatro tres"]), "es") ?? [];
    expect(only(changes, "removed")).toEqual(["dos"]);
    expect(side(changes, "removed")).toBe("uno\ncuatro tres");
  });

  it("has nothing to say about blocks of different types or without prose", () => {
    expect(diffBlockWords(p("Hello"), { type: "heading", level: 2, text: "Hello" }, "en")).toBeNull();
    expect(diffBlockWords({ type: "image", mediaId: 1 }, { type: "image", mediaId: 2 }, "en")).toBeNull();
  });
});
