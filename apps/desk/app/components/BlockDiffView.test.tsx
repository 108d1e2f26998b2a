import { diffBlocks } from "@sahifa/domain/block-diff";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { describe, expect, it } from "vitest";
import { renderDesk } from "../testing/render.tsx";
import { BlockDiffView } from "./BlockDiffView.tsx";

const p = (text: string): BodyBlock => ({ type: "paragraph", content: [{ text }] });

/** The diff of two bodies as the Spanish desk renders it. */
function renderDiff(before: BodyBlock[], after: BodyBlock[], locale: "en" | "ar" | "es"): string {
  return renderDesk(
    "es",
    <BlockDiffView
      entries={diffBlocks(before, after)}
      locale={locale}
      beforeLabel="antes"
      afterLabel="después"
    />,
  );
}

/** The markup of the changed row only. */
function changedRow(html: string): string {
  const start = html.indexOf('data-kind="changed"');
  return html.slice(start, html.indexOf("</tr>", start));
}

describe("BlockDiffView", () => {
  it("marks the changed words of an Arabic paragraph inline, right to left", () => {
    const before = [
      p("افتتحت المكتبة العائمة أبوابها يوم الاثنين في الميناء"),
      p("وقال المسؤولون إن القارب سيزور ست مدن"),
    ];
    const after = [p("افتتحت المكتبة العائمة أبوابها يوم الثلاثاء في الميناء"), before[1] as BodyBlock];
    const html = renderDiff(before, after, "ar");
    const row = changedRow(html);
    expect(row).toContain('dir="rtl"');
    expect(row).toContain("<del>الاثنين</del>");
    expect(row).toContain("<ins>الثلاثاء</ins>");
    expect(row).toContain("<span>افتتحت المكتبة العائمة أبوابها يوم </span>");
    // The unchanged block is shown plainly, with nothing marked.
    expect(html.split("<del>")).toHaveLength(2);
  });

  it("marks a changed Spanish heading and a changed list item word by word", () => {
    const list = (items: string[]): BodyBlock => ({
      type: "list",
      ordered: true,
      items: items.map((text) => [{ text }]),
    });
    const before: BodyBlock[] = [
      { type: "heading", level: 2, text: "La biblioteca abrió el lunes" },
      list(["uno", "dos"]),
    ];
    const after: BodyBlock[] = [
      { type: "heading", level: 2, text: "La biblioteca cerró el lunes" },
      list(["uno", "tres"]),
    ];
    const html = renderDiff(before, after, "es");
    expect(html).toContain("<del>abrió</del>");
    expect(html).toContain("<ins>cerró</ins>");
    expect(html).toContain("<del>dos</del>");
    expect(html).toContain("<ins>tres</ins>");
    expect(html).not.toContain("<ins>abrió");
  });

  it("shows added and removed blocks whole, without word marks", () => {
    const html = renderDiff([p("Old line here")], [p("Old line here"), p("A new paragraph")], "en");
    expect(html).toContain('data-kind="added"');
    expect(html).toContain("A new paragraph");
    expect(html).not.toContain("<ins>");
  });
});
