import type { TranslationContent } from "@sahifa/domain/article";

/** A small English source with one block of each kind that carries text, for desk tests. */
export const sourceContent: TranslationContent = {
  title: "River towns prepare for the spring floods",
  slug: "river-towns-prepare-for-the-spring-floods",
  summary: "Volunteers fill sandbags as the snow melts early in the hills.",
  body: [
    {
      type: "paragraph",
      content: [
        { text: "The river rose " },
        { text: "half a metre", marks: ["bold"] },
        { text: " overnight, says the ", href: "https://example.org/gauge" },
      ],
    },
    { type: "heading", level: 2, text: "Sandbags at the bridge" },
    { type: "quote", text: "We have done this before.", attribution: "A volunteer" },
    { type: "list", ordered: false, items: [[{ text: "Boots" }], [{ text: "Torches" }]] },
    { type: "image", mediaId: 4, caption: "The old bridge at dawn" },
    { type: "image", mediaId: 5 },
    { type: "related", articleIds: [2, 3] },
  ],
  seoTitle: null,
  seoDescription: null,
};
