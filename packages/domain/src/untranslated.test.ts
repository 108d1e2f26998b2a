import { describe, expect, it } from "vitest";
import type { BodyBlock } from "./blocks.ts";
import { findUntranslatedBlocks, isInWrongScript } from "./untranslated.ts";

function p(text: string): BodyBlock {
  return { type: "paragraph", content: [{ text }] };
}

const source: BodyBlock[] = [
  p("The harbour authority opened the new quay on Monday."),
  { type: "heading", level: 2, text: "Gaza" },
  p("Fishermen said the works had taken three years."),
  { type: "image", mediaId: 4, caption: "Reuters / Layla Haddad" },
];

describe("findUntranslatedBlocks", () => {
  it("flags a block left as the source's text and English prose in an Arabic translation", () => {
    const target: BodyBlock[] = [
      p("افتتحت سلطة الميناء الرصيف الجديد يوم الاثنين."),
      { type: "heading", level: 2, text: "Gaza" },
      p("Fishermen said the works had taken three years."),
      { type: "image", mediaId: 4, caption: "Reuters / Layla Haddad" },
      p("The authority will publish the timetable next week."),
    ];
    expect(findUntranslatedBlocks(source, target, "ar")).toEqual([
      { blockIndex: 2, blockType: "paragraph", reason: "same_as_source" },
      { blockIndex: 4, blockType: "paragraph", reason: "wrong_script" },
    ]);
  });

  it("lets names, figures and short labels stay as written", () => {
    const target: BodyBlock[] = [
      p("قالت شركة Maersk إن 12 سفينة رست في الميناء منذ الافتتاح."),
      { type: "heading", level: 2, text: "Gaza" },
      p("BBC News Arabic"),
    ];
    expect(findUntranslatedBlocks(source, target, "ar")).toEqual([]);
  });

  it("flags Spanish text copied from an English source by equality, whatever the spacing", () => {
    const target: BodyBlock[] = [
      p("La autoridad portuaria inauguró el nuevo muelle el lunes."),
      p("Fishermen  said the works had taken\nthree years. "),
    ];
    expect(findUntranslatedBlocks(source, target, "es")).toEqual([
      { blockIndex: 1, blockType: "paragraph", reason: "same_as_source" },
    ]);
  });

  it("flags Arabic prose left in an English or Spanish translation", () => {
    const arabicSource: BodyBlock[] = [p("افتتحت سلطة الميناء الرصيف الجديد يوم الاثنين.")];
    const target: BodyBlock[] = [p("قال الصيادون إن الأعمال استغرقت ثلاث سنوات.")];
    expect(findUntranslatedBlocks(arabicSource, target, "en")).toEqual([
      { blockIndex: 0, blockType: "paragraph", reason: "wrong_script" },
    ]);
    expect(findUntranslatedBlocks(arabicSource, [p("Dijo el ministro الوزير")], "es")).toEqual([]);
  });
});

describe("isInWrongScript", () => {
  it("weighs letters, so an Arabic sentence quoting an English name passes", () => {
    expect(isInWrongScript("وصل وفد من World Health Organization إلى المدينة صباح اليوم.", "ar")).toBe(false);
    expect(isInWrongScript("The World Health Organization arrived today.", "ar")).toBe(true);
    expect(isInWrongScript("The World Health Organization arrived today.", "es")).toBe(false);
  });
});
