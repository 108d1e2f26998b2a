import type { BodyBlock } from "@sahifa/domain/blocks";
import type { GlossaryTerm } from "@sahifa/domain/glossary";
import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { BlockGlossary } from "./BlockGlossary.tsx";
import { GlossaryMarks, termRanges } from "./GlossaryMarks.tsx";

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
  {
    id: 3,
    kind: "organisation",
    source: "United Nations Security Council",
    approved: "مجلس الأمن",
    forbidden: [],
    note: null,
  },
];

function p(text: string): BodyBlock {
  return { type: "paragraph", content: [{ text }] };
}

describe("GlossaryMarks", () => {
  it("marks each term once, the longer term winning where two overlap", () => {
    const text = "The United Nations Security Council met on Gaza; the united nations agreed.";
    expect(
      termRanges(text, terms, "en").map((range) => [text.slice(range.start, range.end), range.term.id]),
    ).toEqual([
      ["United Nations Security Council", 3],
      ["Gaza", 2],
      ["united nations", 1],
    ]);
    const html = renderDesk("en", <GlossaryMarks text={text} terms={terms} locale="en" />);
    expect(tagsWith(html, "<mark")).toHaveLength(3);
    expect(html).toContain('<mark class="desk-glossary-term" title="غزة" data-term="2">Gaza</mark>');
  });
});

describe("BlockGlossary", () => {
  it("flags a forbidden variant and a missing approved term, and passes an approved one", () => {
    const html = renderDesk(
      "ar",
      <BlockGlossary
        index={0}
        source={p("The United Nations sent aid to Gaza.")}
        target={p("أرسلت هيئة الأمم مساعدات إلى غزه.")}
        terms={terms}
        sourceLocale="en"
        targetLocale="ar"
      />,
    );
    expect(tagsWith(html, 'data-testid="block-glossary"')[0]).toContain('data-warnings="2"');
    expect(tagsWith(html, 'data-term="1"')[0]).toContain('data-ok="false"');
    expect(html).toContain("لا تُستعمل «هيئة الأمم»؛ اكتب «الأمم المتحدة»");
    // "غزه" is "غزة" in another spelling: approved.
    expect(tagsWith(html, 'data-term="2"')[0]).toContain('data-ok="true"');
  });

  it("shows nothing for a block without terms", () => {
    const html = renderDesk(
      "en",
      <BlockGlossary
        index={1}
        source={p("Nothing here.")}
        target={p("Nada.")}
        terms={terms}
        sourceLocale="en"
        targetLocale="es"
      />,
    );
    expect(html).toBe("");
  });
});
