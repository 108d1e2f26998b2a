import { describe, expect, it } from "vitest";
import { renderInEdition } from "../testing/render.tsx";
import { SiteHeader } from "./SiteHeader.tsx";

const breaking = [
  {
    id: "1",
    text: "Port reopens after storm",
    attribution: "Agency",
    url: null,
    postedAt: "2026-11-24T09:00:00.000Z",
    postedLabel: "09:00",
  },
];

describe("SiteHeader", () => {
  it("names each other edition in its own language and links to the page's translation when there is one", () => {
    const html = renderInEdition(
      "en",
      <SiteHeader
        chrome={{
          locale: "en",
          breaking,
          path: "/en",
          timeZone: "UTC",
          year: 2026,
          renderedAt: Date.parse("2026-11-24T12:00:00Z"),
          switcherTargets: { ar: "/ar/news/1/%D8%B3" },
        }}
      />,
    );
    expect(html).toMatch(/href="\/ar\/news\/1\/%D8%B3"[^>]*lang="ar"[^>]*dir="rtl"[^>]*>العربية</);
    expect(html).toMatch(/href="\/es"[^>]*>Español</);
    expect(html).not.toMatch(/>English</);
  });

  it("has both navigation levels, regions, LIVE, toggles and the ticker", () => {
    const html = renderInEdition(
      "es",
      <SiteHeader
        chrome={{
          locale: "es",
          breaking,
          path: "/es/news",
          timeZone: "UTC",
          year: 2026,
          renderedAt: Date.parse("2026-11-24T12:00:00Z"),
          switcherTargets: {},
        }}
      />,
    );
    expect(html).toContain('href="/es/news"');
    expect(html).toContain('href="/es/news/politics"');
    expect(html).toContain('href="/es/videos/digital-series"');
    expect(html).toContain('href="/es/in-pictures"');
    expect(html).toContain('href="/es/region/latin-america"');
    expect(html).toContain('href="/es/live"');
    expect(html).toContain('href="#search"');
    expect(html).toContain('href="#menu"');
    expect(html).toContain("Port reopens after storm");
    expect(html).toContain("Política");
  });
});
