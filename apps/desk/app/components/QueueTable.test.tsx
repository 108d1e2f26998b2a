import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { QueueFilters, QueuePager, QueueTable } from "./QueueTable.tsx";

describe("QueueTable", () => {
  it("links each waiting translation to its editor and names its state", () => {
    const html = renderDesk(
      "es",
      <QueueTable
        ui="es"
        timeZone="UTC"
        items={[
          {
            articleId: 8,
            title: "River towns prepare",
            sourceLocale: "en",
            targetLocale: "es",
            state: "missing",
            updatedAt: null,
            scheduledAt: null,
          },
          {
            articleId: 9,
            title: "مدن النهر",
            sourceLocale: "ar",
            targetLocale: "es",
            state: "outdated",
            updatedAt: "2026-11-24T10:00:00Z",
            scheduledAt: null,
          },
        ]}
      />,
    );
    expect(tagsWith(html, 'href="/es/articles/8/es"')).toHaveLength(1);
    expect(tagsWith(html, 'href="/es/articles/9/es"')[0]).toContain('dir="rtl"');
    expect(html).toContain("Sin traducir");
    expect(html).toContain("Desactualizado");
  });

  it("shows a scheduled translation's time in the newsroom's zone, named, linking to its publishing page", () => {
    const html = renderDesk(
      "ar",
      <QueueTable
        ui="ar"
        timeZone="Asia/Qatar"
        items={[
          {
            articleId: 12,
            title: "River towns prepare",
            sourceLocale: "en",
            targetLocale: "ar",
            state: "in_review",
            updatedAt: null,
            scheduledAt: "2026-12-07T15:30:00.000Z",
          },
        ]}
      />,
    );
    const link = tagsWith(html, 'data-testid="queue-scheduled"')[0];
    expect(link).toContain('href="/ar/articles/12/ar/publishing"');
    // 15:30 UTC is 18:30 in Doha, and the zone is named in Arabic.
    expect(html).toContain("مجدولة: ");
    expect(html).toContain("توقيت قطر");
    expect(html).toMatch(/6:30|18:30/);
  });

  it("says so when nothing waits", () => {
    expect(renderDesk("en", <QueueTable ui="en" timeZone="UTC" items={[]} />)).toContain(
      "Nothing is waiting",
    );
  });

  it("filters by GET so the URL holds them, and offers the language filter only with several languages", () => {
    const one = renderDesk("en", <QueueFilters locales={["es"]} status="draft" locale={null} from="en" />);
    expect(tagsWith(one, "<form")[0]).toContain('method="get"');
    expect(tagsWith(one, 'name="locale"')).toHaveLength(0);
    expect(tagsWith(one, 'value="draft"')[0]).toContain("selected");
    expect(tagsWith(one, 'name="from"')).toHaveLength(1);
    const two = renderDesk(
      "en",
      <QueueFilters locales={["es", "ar"]} status={null} locale="ar" from={null} />,
    );
    expect(tagsWith(two, 'name="locale"')).toHaveLength(1);
  });

  it("pages with the cursor URLs it is given", () => {
    const html = renderDesk("en", <QueuePager previous={null} next="/en?after=abc" />);
    expect(tagsWith(html, 'rel="next"')[0]).toContain('href="/en?after=abc"');
    expect(html).not.toContain('rel="prev"');
  });
});
