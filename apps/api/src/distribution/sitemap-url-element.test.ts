import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { sitemapUrlElement } from "./sitemap-url-element.ts";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => name === "xhtml:link",
});

/** The element inside a urlset, parsed back the way a crawler would read it. */
function parse(xml: string) {
  const document = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${xml}</urlset>`;
  expect(XMLValidator.validate(document)).toBe(true);
  return parser.parse(document).urlset.url;
}

describe("sitemapUrlElement", () => {
  it("escapes &, <, > and quotes in the location and the alternates, and keeps Arabic as it is", () => {
    const loc = `https://example.org/en/news/1/a&b<c>"d"'e'`;
    const arabic = "https://example.org/ar/news/1/قصة";
    const url = parse(
      sitemapUrlElement(loc, "2026-12-07T10:00:00.000Z", [
        { hreflang: "en", href: loc },
        { hreflang: "ar", href: arabic },
      ]),
    );
    expect(url.loc).toBe(loc);
    expect(url.lastmod).toBe("2026-12-07T10:00:00.000Z");
    expect(url["xhtml:link"]).toEqual([
      { "@rel": "alternate", "@hreflang": "en", "@href": loc },
      { "@rel": "alternate", "@hreflang": "ar", "@href": arabic },
    ]);
    expect(sitemapUrlElement(arabic, "2026-12-07T10:00:00.000Z", [])).toContain("قصة");
  });

  it("names no alternate when the article has only this edition", () => {
    const xml = sitemapUrlElement("https://example.org/en/news/1/a", "2026-12-07T10:00:00.000Z", [
      { hreflang: "en", href: "https://example.org/en/news/1/a" },
    ]);
    expect(xml).not.toContain("xhtml:link");
    expect(parse(xml).loc).toBe("https://example.org/en/news/1/a");
  });
});
