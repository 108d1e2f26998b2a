import { describe, expect, it } from "vitest";
import type { BodyBlock } from "./blocks.ts";
import { checkGlossary, findTerm, type GlossaryTerm, termsIn } from "./glossary.ts";

function p(text: string): BodyBlock {
  return { type: "paragraph", content: [{ text }] };
}

function slice(text: string, ranges: Array<{ start: number; end: number }>): string[] {
  return ranges.map((range) => text.slice(range.start, range.end));
}

describe("findTerm", () => {
  it("matches English case-insensitively, whole words only, with offsets into the text", () => {
    const text = "The UNITED NATIONS said; the United Nations' envoy arrived. United Nationsville is not it.";
    expect(slice(text, findTerm(text, "United Nations", "en"))).toEqual(["UNITED NATIONS", "United Nations"]);
    expect(findTerm("Unite Nations", "United Nations", "en")).toEqual([]);
  });

  it("matches Spanish without accents mattering", () => {
    const text = "La delegación llegó a Málaga y luego a malaga.";
    expect(slice(text, findTerm(text, "Malaga", "es"))).toEqual(["Málaga", "malaga"]);
    expect(slice(text, findTerm(text, "Delegacion", "es"))).toEqual(["delegación"]);
  });

  it("matches Arabic through the search normalisation: hamza, taa marbuta, diacritics, the article", () => {
    const text = "وصل وفدُ الأمم المتحدة إلى غزة، وقالت الامم المتحده إن";
    expect(slice(text, findTerm(text, "الأمم المتحدة", "ar"))).toEqual(["الأمم المتحدة", "الامم المتحده"]);
    expect(slice(text, findTerm(text, "غزّة", "ar"))).toEqual(["غزة"]);
  });

  it("finds nothing for an empty term", () => {
    expect(findTerm("Anything at all", " ", "en")).toEqual([]);
  });
});

describe("checkGlossary", () => {
  const terms: GlossaryTerm[] = [
    {
      id: 1,
      kind: "organisation",
      source: "United Nations",
      approved: "الأمم المتحدة",
      forbidden: ["هيئة الأمم"],
      note: null,
    },
    { id: 2, kind: "place", source: "Gaza", approved: "غزة", forbidden: [], note: null },
  ];
  const pair = { sourceLocale: "en", targetLocale: "ar" } as const;

  it("lists the target blocks that miss the approved term or use a forbidden one", () => {
    const source = [p("The United Nations met in Gaza."), p("Nothing to check here.")];
    const target = [p("اجتمعت هيئة الأمم في غزّة."), p("لا شيء هنا.")];
    expect(checkGlossary(source, target, terms, pair)).toEqual([
      {
        blockIndex: 0,
        termId: 1,
        kind: "forbidden_variant",
        source: "United Nations",
        approved: "الأمم المتحدة",
        found: "هيئة الأمم",
      },
      {
        blockIndex: 0,
        termId: 1,
        kind: "missing_approved",
        source: "United Nations",
        approved: "الأمم المتحدة",
        found: null,
      },
    ]);
  });

  it("passes a block that uses the approved term, however it is spelled in Arabic", () => {
    const source = [p("The United Nations met in Gaza.")];
    const target = [p("اجتمعت الامم المتحده في غزه.")];
    expect(checkGlossary(source, target, terms, pair)).toEqual([]);
  });

  it("tells which terms a source text holds", () => {
    expect(termsIn("Talks in gaza resumed.", terms, "en").map((term) => term.id)).toEqual([2]);
  });
});
