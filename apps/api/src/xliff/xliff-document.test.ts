import type { TranslationContent } from "@sahifa/domain/article";
import { describe, expect, it } from "vitest";
import { MAX_XLIFF_BYTES, readXliff, writeXliff, XliffError, type XliffFile } from "./xliff-document.ts";
import { applyUnits, buildUnits, canonicalContent, type Segment } from "./xliff-units.ts";

const source: TranslationContent = {
  title: "Seagrass returns to the bay",
  slug: "seagrass-returns-to-the-bay",
  summary: "Divers counted twice as many meadows as last year.",
  body: [
    {
      type: "paragraph",
      content: [
        { text: "Divers from the " },
        { text: "marine institute", marks: ["bold"], href: "https://example.org/institute" },
        { text: " counted the meadows in May. They found " },
        { text: "twice as many", marks: ["italic"] },
        { text: " as last year. The survey continues." },
      ],
    },
    { type: "heading", level: 2, text: "What changed" },
    { type: "quote", text: "The water is clearer than in a decade.", attribution: "Lina Ortega, biologist" },
    {
      type: "list",
      ordered: false,
      items: [[{ text: "Less dredging" }], [{ text: "Cleaner " }, { text: "rivers", marks: ["bold"] }]],
    },
    { type: "image", mediaId: 3 },
    { type: "related", articleIds: [4] },
  ],
};

const info = {
  articleId: 7,
  sourceLocale: "en",
  targetLocale: "es",
  sourceRevisionId: 11,
  baseRevisionId: 15,
} as const;

function file(target: TranslationContent): XliffFile {
  return { ...info, units: buildUnits(source, target, "en", "es") };
}

function unitsOf(files: XliffFile[]): Map<string, Segment[]> {
  return new Map((files[0]?.units ?? []).map((unit) => [unit.id, unit.segments]));
}

describe("XLIFF 2.1", () => {
  it("cuts paragraphs into sentences without cutting a code, and keeps marks and links as <pc>", () => {
    const xml = writeXliff([file(source)], "2.1");
    for (const attribute of [
      'xmlns="urn:oasis:names:tc:xliff:document:2.0"',
      'version="2.1"',
      'srcLang="en"',
      'trgLang="es"',
    ])
      expect(xml).toContain(attribute);
    // Text still as in the source goes out without a target, for the tool to fill.
    expect(xml).not.toContain("<target>");
    expect(xml).toContain('<mda:meta type="sourceRevisionId">11</mda:meta>');
    expect(xml).toContain(
      '<pc id="1" type="link" dataRefStart="d1"><pc id="2" type="fmt" subType="xlf:b">marine institute</pc></pc>',
    );
    expect(xml).toContain('<data id="d1">https://example.org/institute</data>');
    const unit = file(source).units.find((u) => u.id === "b0");
    expect(unit?.segments.map((segment) => segment.source.length)).toEqual([3, 3, 1]);
    expect(xml).toContain('<note category="location">Block 1 (paragraph)</note>');
  });

  it("reads back what it wrote: a round trip with no edits changes nothing", () => {
    const translated: TranslationContent = {
      ...source,
      title: "La posidonia vuelve a la bahía",
      body: source.body.map((block) =>
        block.type === "heading" ? { ...block, text: "Qué ha cambiado" } : block,
      ),
    };
    for (const version of ["2.1", "1.2"] as const) {
      const read = readXliff(writeXliff([file(translated)], version));
      expect(read[0]).toMatchObject(info);
      const { content, reports } = applyUnits(source, translated, unitsOf(read));
      expect(canonicalContent(content), version).toEqual(canonicalContent(translated));
      expect(reports.find((report) => report.unitId === "title")?.outcome, version).toBe("taken");
      expect(reports.find((report) => report.unitId === "summary")?.outcome, version).toBe("empty");
    }
  });

  it("imports a file edited in a CAT tool: sentences translated, a code moved within the sentence", () => {
    const xml = writeXliff([file(source)], "2.1")
      .replace(
        /(<segment id="s2" state=")initial(">[\s\S]*?<\/source>)/,
        '$1translated$2<target>Encontraron <pc id="3" type="fmt" subType="xlf:i">el doble</pc> que el <mrk id="m1" type="comment" value="checked">año</mrk> pasado. </target>',
      )
      .replace(/(<unit id="title">[\s\S]*?<\/source>)/, "$1<target>La posidonia vuelve a la bahía</target>");
    const { content, reports } = applyUnits(source, source, unitsOf(readXliff(xml)));
    expect(content.title).toBe("La posidonia vuelve a la bahía");
    expect(content.body[0]).toEqual({
      type: "paragraph",
      content: [
        { text: "Divers from the " },
        { text: "marine institute", marks: ["bold"], href: "https://example.org/institute" },
        { text: " counted the meadows in May. Encontraron " },
        { text: "el doble", marks: ["italic"] },
        { text: " que el año pasado. The survey continues." },
      ],
    });
    expect(reports.find((r) => r.unitId === "b0")?.outcome).toBe("partial");
    expect(reports.find((r) => r.unitId === "summary")?.outcome).toBe("empty");
  });

  it("refuses malformed XML, a DOCTYPE (external entities), other formats and oversize files", () => {
    const reasons = (text: string) => {
      try {
        readXliff(text);
        return "read";
      } catch (error) {
        return error instanceof XliffError ? error.message : String(error);
      }
    };
    expect(reasons("<xliff version='2.1'><file>")).toMatch(/not well-formed XML/);
    expect(
      reasons(
        '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="es"><file id="f"><unit id="title"><segment><source>&xxe;</source></segment></unit></file></xliff>',
      ),
    ).toMatch(/DOCTYPE|not well-formed/);
    expect(reasons("<html><body/></html>")).toMatch(/not an XLIFF file/);
    expect(reasons('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="3.0"/>')).toMatch(
      /not supported/,
    );
    expect(reasons(`<xliff>${" ".repeat(MAX_XLIFF_BYTES)}</xliff>`)).toMatch(/larger than 5 MB/);
    const noMeta = writeXliff([file(source)], "2.1").replace(/<mda:metadata[\s\S]*<\/mda:metadata>/, "");
    expect(reasons(noMeta)).toMatch(/does not say its articleId/);
    const foreignCode = writeXliff([file(source)], "2.1").replace(
      "<source>What changed</source>",
      "<source>What <sc id='9'/>changed</source>",
    );
    expect(reasons(foreignCode)).toMatch(/<sc> element/);
  });
});
