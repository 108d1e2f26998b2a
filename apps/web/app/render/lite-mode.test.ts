import { describe, expect, it } from "vitest";
import { fullPathOfLite, linksIntoLite, litePath } from "./lite-mode.ts";

describe("lite paths", () => {
  it("put /lite after the edition and take it away again", () => {
    expect(litePath("/ar")).toBe("/ar/lite");
    expect(litePath("/es/news/12/puerto")).toBe("/es/lite/news/12/puerto");
    expect(fullPathOfLite("/ar/lite")).toEqual({ locale: "ar", path: "/ar" });
    expect(fullPathOfLite("/en/lite/tag/ports")).toEqual({ locale: "en", path: "/en/tag/ports" });
    expect(fullPathOfLite("/en/news/lite")).toBeNull();
    expect(fullPathOfLite("/fr/lite")).toBeNull();
  });

  it("point an edition's links and forms into lite, and nothing else", () => {
    const html =
      '<a href="/ar/news">x</a><a href="/ar">y</a><form class="f" action="/en/search"></form>' +
      '<a rel="alternate" href="/ar/news">full</a><a href="/media/i/1.jpg">m</a><a href="/arabic">z</a>' +
      '<link rel="alternate" href="/ar/rss.xml"/><a href="https://example.org/ar/news">e</a>';
    expect(linksIntoLite(html)).toBe(
      '<a href="/ar/lite/news">x</a><a href="/ar/lite">y</a><form class="f" action="/en/lite/search"></form>' +
        '<a rel="alternate" href="/ar/news">full</a><a href="/media/i/1.jpg">m</a><a href="/arabic">z</a>' +
        '<link rel="alternate" href="/ar/rss.xml"/><a href="https://example.org/ar/news">e</a>',
    );
  });
});
