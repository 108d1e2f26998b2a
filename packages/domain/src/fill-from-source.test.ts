import { describe, expect, it } from "vitest";
import { validateTranslationContent } from "./block-validation.ts";
import type { BodyBlock } from "./blocks.ts";
import { blocksToTranslate, fillFromSource, fillTranslationFromSource } from "./fill-from-source.ts";

const source: BodyBlock[] = [
  {
    type: "paragraph",
    content: [{ text: "The floating library " }, { text: "reopened", marks: ["bold"], href: "/en/news" }],
  },
  { type: "image", mediaId: 4 },
  { type: "image", mediaId: 5, caption: "Readers on deck" },
  { type: "video", url: "https://video.example.org/a.mp4", title: "A tour", durationSeconds: 60 },
  { type: "related", articleIds: [3, 9] },
  { type: "gallery", items: [{ mediaId: 6 }] },
];

describe("fillFromSource", () => {
  it("keeps every block, its structure and its text to be replaced", () => {
    expect(fillFromSource(source)).toEqual(source);
  });

  it("returns a copy that shares nothing with the source", () => {
    const filled = fillFromSource(source);
    const first = filled[0];
    if (first?.type !== "paragraph") throw new Error("expected a paragraph");
    first.content[0] = { text: "La biblioteca flotante " };
    expect(source[0]).toEqual({
      type: "paragraph",
      content: [{ text: "The floating library " }, { text: "reopened", marks: ["bold"], href: "/en/news" }],
    });
  });

  it("says which blocks carry text to translate", () => {
    expect(blocksToTranslate(source)).toEqual([0, 2, 3]);
  });
});

describe("fillTranslationFromSource", () => {
  const english = {
    title: "The Floating Library Reopens",
    slug: "the-floating-library-reopens",
    summary: "Books return to the river.",
    body: source,
  };

  it("makes a draft that is valid in the target edition", () => {
    for (const locale of ["es", "ar"] as const) {
      const draft = fillTranslationFromSource(english, locale);
      expect(draft.body).toEqual(source);
      expect(draft.title).toBe(english.title);
      expect(validateTranslationContent(draft, locale).ok, locale).toBe(true);
    }
  });

  it("makes the slug by the target edition's rule", () => {
    const arabicSource = { ...english, title: "المكتبة العائمة تعود", slug: "المكتبة-العائمة-تعود" };
    expect(fillTranslationFromSource(arabicSource, "ar").slug).toBe("المكتبة-العائمة-تعود");
    expect(fillTranslationFromSource(english, "es").slug).toBe("the-floating-library-reopens");
  });
});
