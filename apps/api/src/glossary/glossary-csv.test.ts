import { describe, expect, it } from "vitest";
import { readGlossaryCsv } from "./glossary-csv.ts";
import { MAX_GLOSSARY_FILE_BYTES } from "./glossary-file-problem.ts";

describe("readGlossaryCsv", () => {
  it("reads the named columns in any order, with variants split on |, each row named by its line", () => {
    const csv = [
      "\uFEFFApproved,Source,Kind,Forbidden,Note",
      "غزة,Gaza,place,غزه ستريب|قطاع غزه,",
      "",
      '"الأمم المتحدة",United Nations,organisation,هيئة الأمم| المنظمة الدولية,"Always in full, never ""UN""."',
    ].join("\n");
    expect(readGlossaryCsv(csv)).toEqual([
      {
        row: 2,
        input: {
          source: "Gaza",
          approved: "غزة",
          kind: "place",
          forbidden: ["غزه ستريب", "قطاع غزه"],
          note: null,
        },
      },
      {
        row: 4,
        input: {
          source: "United Nations",
          approved: "الأمم المتحدة",
          kind: "organisation",
          forbidden: ["هيئة الأمم", "المنظمة الدولية"],
          note: 'Always in full, never "UN".',
        },
      },
    ]);
  });

  it("reads a semicolon-separated export", () => {
    expect(readGlossaryCsv("source;approved\nMalaga;Málaga\n")).toEqual([
      { row: 2, input: { source: "Malaga", approved: "Málaga", kind: null, forbidden: [], note: null } },
    ]);
  });

  it("refuses a file without the two columns, an empty one, a broken one and a huge one", () => {
    expect(readGlossaryCsv("term,translation\nGaza,غزة")).toMatchObject({ code: "csvColumns" });
    expect(readGlossaryCsv("source,approved\n")).toMatchObject({ code: "empty" });
    expect(readGlossaryCsv('source,approved\n"Gaza,غزة\n')).toMatchObject({
      code: "csvMalformedAt",
      params: { line: 2 },
    });
    const huge = `source,approved\n${"Gaza,غزة\n".repeat(MAX_GLOSSARY_FILE_BYTES / 10)}`;
    expect(readGlossaryCsv(huge)).toMatchObject({ code: "tooLarge", params: { max: 900 } });
  });
});
