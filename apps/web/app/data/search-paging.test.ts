import { describe, expect, it } from "vitest";
import { MAX_TRAIL, searchPageLinks } from "./search-paging.ts";

const at = (query: string) => new URL(`http://reader.test/ar/search?${query}`);
const params = (link: string | null) =>
  Object.fromEntries(new URL(link ?? "", "http://reader.test").searchParams);

describe("searchPageLinks", () => {
  it("walks forwards and back to the very page before, keeping the query and filters", () => {
    const first = searchPageLinks(at("q=%D8%A7%D9%84%D9%87%D9%8A%D8%A6%D8%A9&section=news"), "c1");
    expect(first.previousUrl).toBeNull();
    expect(params(first.nextUrl)).toEqual({ q: "الهيئة", section: "news", after: "c1", trail: "1" });

    const second = searchPageLinks(new URL(first.nextUrl ?? "", "http://reader.test"), "c2");
    expect(params(second.nextUrl)).toEqual({ q: "الهيئة", section: "news", after: "c2", trail: "1.c1" });
    expect(params(second.previousUrl)).toEqual({ q: "الهيئة", section: "news" });
    expect(second.previousIsFirst).toBe(false);

    const third = searchPageLinks(new URL(second.nextUrl ?? "", "http://reader.test"), null);
    expect(third.nextUrl).toBeNull();
    expect(params(third.previousUrl)).toEqual({ q: "الهيئة", section: "news", after: "c1", trail: "1" });
    expect(new URL(third.previousUrl ?? "", "http://reader.test").pathname).toBe("/ar/search");
  });

  it("leads a page reached without its trail to the first results", () => {
    const links = searchPageLinks(at("q=ciudad&after=c5"), "c6");
    expect(links.previousIsFirst).toBe(true);
    expect(params(links.previousUrl)).toEqual({ q: "ciudad" });
    expect(params(links.nextUrl)).toEqual({ q: "ciudad", after: "c6", trail: "c5" });
  });

  it("remembers at most MAX_TRAIL pages behind", () => {
    const long = Array.from({ length: MAX_TRAIL }, (_, i) => `c${i}`).join(".");
    const links = searchPageLinks(at(`q=x&after=c${MAX_TRAIL}&trail=${long}`), "next");
    const trail = params(links.nextUrl).trail?.split(".") ?? [];
    expect(trail).toHaveLength(MAX_TRAIL);
    expect(trail.at(-1)).toBe(`c${MAX_TRAIL}`);
    expect(trail[0]).toBe("c1");
  });
});
