import { describe, expect, it } from "vitest";
import { renderInEdition } from "../testing/render.tsx";
import { ArticleBody } from "./ArticleBody.tsx";

describe("ArticleBody", () => {
  it("renders text as text, never as markup", () => {
    const html = renderInEdition(
      "en",
      <ArticleBody blocks={[{ type: "paragraph", content: [{ text: "<script>alert(1)</script>" }] }]} />,
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops links that are not http(s) or site-relative", () => {
    const html = renderInEdition(
      "en",
      <ArticleBody
        blocks={[
          {
            type: "paragraph",
            content: [
              { text: "bad", href: "javascript:alert(1)" },
              { text: "data", href: "data:text/html,x" },
              { text: "proto", href: "//evil.example/x" },
              { text: "good", href: "/en/tag/x" },
              { text: "ext", href: "https://example.org/" },
            ],
          },
        ]}
      />,
    );
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("data:text");
    expect(html).not.toContain("//evil.example");
    expect(html).toContain('href="/en/tag/x"');
    expect(html).toContain('href="https://example.org/" rel="noopener noreferrer"');
  });

  it("renders marks, lists, quotes with attribution and galleries with captions", () => {
    const image = {
      url: "/media/a.svg",
      width: 10,
      height: 10,
      alt: "A",
      caption: "Cap A",
      credit: null,
      sources: { avif: "", webp: "", jpeg: "" },
      socialCard: null,
    };
    const html = renderInEdition(
      "en",
      <ArticleBody
        blocks={[
          {
            type: "paragraph",
            content: [
              { text: "b", bold: true },
              { text: "i", italic: true },
            ],
          },
          { type: "list", ordered: true, items: [[{ text: "one" }], [{ text: "two" }]] },
          { type: "quote", text: "Said.", attribution: "Someone" },
          { type: "gallery", images: [image, { ...image, caption: "Cap B" }] },
        ]}
      />,
    );
    expect(html).toContain("<strong>b</strong>");
    expect(html).toContain("<em>i</em>");
    expect(html).toMatch(/<ol><li>.*one.*<\/li><li>.*two.*<\/li><\/ol>/);
    expect(html).toContain("<bdi>Someone</bdi>");
    expect(html).toContain("Cap A");
    expect(html).toContain("Cap B");
    expect(html).toContain('aria-label="Photo gallery"');
  });
});
