import { describe, expect, it } from "vitest";
import { blankFacts, type Pickers } from "../editor/article-facts.ts";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { ArticleFactsFields } from "./ArticleFactsFields.tsx";

const pickers: Pickers = {
  kinds: [
    { value: "news", label: "خبر" },
    { value: "feature", label: "تقرير" },
  ],
  sections: [
    { path: "news", label: "أخبار", depth: 0 },
    { path: "news/politics", label: "سياسة", depth: 1 },
  ],
  regions: [{ value: "mena", label: "الشرق الأوسط وشمال أفريقيا" }],
  dossiers: [],
  authors: [{ value: "hala-nasser", label: "هالة ناصر" }],
  tags: [{ slug: "elections", label: "الانتخابات", labels: ["Elections", "الانتخابات", "Elecciones"] }],
  media: {
    items: [
      {
        id: 3,
        kind: "image",
        url: "/media/i/a.jpg",
        alt: "قناة",
        fileName: null,
        missingAltLocales: [],
        video: null,
      },
      {
        id: 4,
        kind: "image",
        url: "/media/i/b.jpg",
        alt: "",
        fileName: "b.jpg",
        missingAltLocales: ["ar", "es"],
        video: null,
      },
    ],
    endCursor: "3",
    totalCount: 80,
  },
};

function render(
  state: Partial<Parameters<typeof ArticleFactsFields>[0]["state"]>,
  locale: "ar" | "en" = "ar",
) {
  return renderDesk(
    "ar",
    <ArticleFactsFields
      pickers={pickers}
      locale={locale}
      canUpload
      state={{ facts: blankFacts("news"), newTags: "", errors: {}, ...state }}
    />,
    "/ar",
  );
}

describe("ArticleFactsFields", () => {
  it("offers the section tree, the tags and authors to tick, and an image upload with alt text", () => {
    const html = render({});
    expect(html).toContain(">— سياسة</option>");
    expect(tagsWith(html, 'name="tagSlugs"')[0]).toContain('value="elections"');
    expect(tagsWith(html, 'name="authorSlugs"')[0]).toContain('value="hala-nasser"');
    expect(tagsWith(html, 'name="file"')[0]).toContain('accept="image/jpeg,image/png,image/webp,image/avif"');
    expect(tagsWith(html, 'name="alt"')).toHaveLength(1);
  });

  it("says a typed tag already exists under another spelling and offers the existing one", () => {
    const html = render({ newTags: "الإنتخابات" });
    expect(html).toContain("«الإنتخابات» وسم موجود باسم «الانتخابات»");
    expect(html).toContain("استخدم «الانتخابات»");
  });

  it("warns, without refusing, when the lead image has no alt text in the article's language", () => {
    expect(render({ facts: { ...blankFacts("news"), leadMediaId: 4 } })).toContain(
      'data-testid="alt-missing"',
    );
    expect(render({ facts: { ...blankFacts("news"), leadMediaId: 4 } }, "en")).not.toContain("alt-missing");
    expect(render({ facts: { ...blankFacts("news"), leadMediaId: 3 } })).not.toContain("alt-missing");
  });

  it("shows each refusal on its field and keeps what was chosen", () => {
    const html = render({
      facts: { ...blankFacts("news/politics"), tagSlugs: ["elections"], regionSlug: "mena" },
      errors: { file: "هذا الملف ليس صورة أو فيديو مقبولاً." },
    });
    expect(html).toContain('id="fact-file-error" role="alert">هذا الملف ليس صورة أو فيديو مقبولاً.');
    expect(tagsWith(html, 'value="elections"')[0]).toContain("checked");
    expect(tagsWith(html, 'value="news/politics"')[0]).toContain("selected");
  });
});
