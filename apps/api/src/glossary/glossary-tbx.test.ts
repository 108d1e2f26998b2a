import { describe, expect, it } from "vitest";
import { readGlossaryTbx } from "./glossary-tbx.ts";

const enAr = { sourceLocale: "en", targetLocale: "ar" } as const;

const tbx2 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <text><body>
    <termEntry id="c1">
      <descrip type="subjectField">organization</descrip>
      <note>Always in full.</note>
      <langSet xml:lang="en-GB"><tig><term>United Nations</term></tig></langSet>
      <langSet xml:lang="ar">
        <tig><term>الأمم المتحدة</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>هيئة الأمم</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="en"><tig><term>Gaza</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;

const tbx3 = `<?xml version="1.0"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="p1">
      <langSec xml:lang="es"><termSec><term>Málaga</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Malaga</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

describe("readGlossaryTbx", () => {
  it("reads TBX-Basic entries: term, approved, deprecated variants as forbidden, kind and note", () => {
    expect(readGlossaryTbx(tbx2, enAr)).toEqual([
      {
        row: 1,
        input: {
          source: "United Nations",
          approved: "الأمم المتحدة",
          forbidden: ["هيئة الأمم"],
          kind: "organisation",
          note: "Always in full.",
        },
      },
      // No Arabic term: the import lists this entry as refused (approved is required).
      { row: 2, input: { source: "Gaza", approved: "", forbidden: [], kind: null, note: null } },
    ]);
  });

  it("reads TBX 3 concept entries", () => {
    expect(readGlossaryTbx(tbx3, { sourceLocale: "en", targetLocale: "es" })).toEqual([
      { row: 1, input: { source: "Malaga", approved: "Málaga", forbidden: [], kind: null, note: null } },
    ]);
  });

  it("refuses external entities (any DOCTYPE) without reading a file", () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&secret;</term></tig></langSet></termEntry></body></text></martif>`;
    expect(readGlossaryTbx(xxe, enAr)).toEqual({
      kind: "glossary_file_refused",
      code: "doctype",
      params: {},
    });
  });

  it("refuses malformed XML, another format, and a file without the pair's languages", () => {
    expect(readGlossaryTbx("<martif><text>", enAr)).toMatchObject({
      code: "malformedAt",
      params: { line: 1 },
    });
    expect(readGlossaryTbx('<xliff version="2.1"/>', enAr)).toMatchObject({ code: "notTbx" });
    expect(readGlossaryTbx(tbx3, enAr)).toMatchObject({ code: "noLanguage", params: { language: "ar" } });
  });
});
