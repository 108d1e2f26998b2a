import { describe, expect, inject, it } from "vitest";

/** Listing pages page both ways through plain links, against the demo newsroom. */
const webUrl = inject("webUrl");

const articleIds = (html: string) =>
  [...html.matchAll(/<article[^>]*data-article-id="(\d+)"/g)].map((m) => m[1]);
const link = (html: string, rel: "next" | "prev") =>
  new RegExp(`rel="${rel}" href="([^"]+)"`).exec(html)?.[1]?.replaceAll("&amp;", "&") ?? null;

describe("listing pages", () => {
  it("lead from the second page back to the first one's stories", async () => {
    const first = await (await fetch(`${webUrl}/en/news`)).text();
    expect(link(first, "prev")).toBeNull();
    const next = link(first, "next");
    expect(next, "the demo news section has more than one page").not.toBeNull();
    const second = await (await fetch(`${webUrl}${next}`)).text();
    const previous = link(second, "prev");
    expect(previous).toMatch(/\?before=/);
    const back = await (await fetch(`${webUrl}${previous}`)).text();
    expect(articleIds(back)).toEqual(articleIds(first));
    expect(link(back, "prev")).toBeNull();
    expect(link(back, "next")).not.toBeNull();
  });
});

const hitIds = (html: string) =>
  [...html.matchAll(/<li[^>]*class="search-hit"[^>]*data-article-id="(\d+)"/g)].map((m) => m[1]);

describe("search results", () => {
  it("lead from the second page back to the first one's results, keeping the query", async () => {
    // "year" and "years" are one word to search: about thirty demo stories, more than a page of 20.
    const first = await (await fetch(`${webUrl}/en/search?q=year`)).text();
    expect(link(first, "prev")).toBeNull();
    const next = link(first, "next");
    expect(next, "the demo search runs to a second page").not.toBeNull();
    const second = await (await fetch(`${webUrl}${next}`)).text();
    expect(hitIds(second).length).toBeGreaterThan(0);
    expect(hitIds(second)).not.toEqual(hitIds(first));
    const previous = link(second, "prev");
    expect(previous).toMatch(/^\/en\/search\?q=year$/);
    const back = await (await fetch(`${webUrl}${previous}`)).text();
    expect(hitIds(back)).toEqual(hitIds(first));
    expect(link(back, "next")).toBe(next);
  });
});
