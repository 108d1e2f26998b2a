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
