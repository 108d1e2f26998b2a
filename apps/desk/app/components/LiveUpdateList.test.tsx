import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { LiveUpdateList } from "./LiveUpdateList.tsx";

describe("LiveUpdateList", () => {
  it("keeps the updates in the order given (newest first), splits paragraphs and marks the one just posted", () => {
    const html = renderDesk(
      "es",
      <LiveUpdateList
        ui="es"
        locale="ar"
        justPosted={12}
        updates={[
          {
            id: 12,
            title: "الميناء",
            body: "أُغلق الميناء.\n\nحتى الصباح.",
            postedAt: "2026-11-24T11:40:00Z",
          },
          { id: 11, title: null, body: "بدأ المطر.", postedAt: "2026-11-24T11:05:00Z" },
        ]}
      />,
    );
    expect(tagsWith(html, "data-update=").map((tag) => /data-update="(\d+)"/.exec(tag)?.[1])).toEqual([
      "12",
      "11",
    ]);
    expect(tagsWith(html, 'data-update="12"')[0]).toContain("desk-live-update-new");
    expect(html).toContain("<p>أُغلق الميناء.</p><p>حتى الصباح.</p>");
    expect(html).toContain('<div lang="ar" dir="rtl">');
    expect(html).toContain('dateTime="2026-11-24T11:40:00Z">24 nov 2026, 11:40 (UTC)');
  });
});
