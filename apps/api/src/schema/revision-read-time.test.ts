import type { BodyBlock } from "@sahifa/domain/blocks";
import { readTimeMinutes } from "@sahifa/domain/read-time";
import { describe, expect, it } from "vitest";
import { createRevisionReadTime } from "./revision-read-time.ts";

const paragraph = (words: number): BodyBlock[] => [
  {
    type: "paragraph",
    content: [{ text: Array.from({ length: words }, () => "word").join(" "), marks: [] }],
  },
];

describe("revisionReadTime", () => {
  it("gives the read time of the body, at the edition's reading speed", () => {
    const readTime = createRevisionReadTime();
    const body = paragraph(2_000);
    expect(readTime(1, body, "en")).toBe(readTimeMinutes(body, "en"));
    expect(readTime(1, body, "ar")).toBe(readTimeMinutes(body, "ar"));
    expect(readTime(1, body, "en")).toBeGreaterThan(1);
  });

  it("counts a revision once: a revision never changes, so its id names its body", () => {
    const readTime = createRevisionReadTime();
    const first = readTime(7, paragraph(2_000), "en");
    // The same revision id stands for the same body; only another revision is counted afresh.
    expect(readTime(7, paragraph(10), "en")).toBe(first);
    expect(readTime(8, paragraph(10), "en")).toBe(1);
  });
});
