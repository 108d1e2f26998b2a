import { describe, expect, it } from "vitest";
import { englishArticleFixture } from "../fixtures/article.fixture.ts";
import { newsArticleJsonLd, serializeJsonForScript } from "./json-ld.ts";
import { everyEdition, seoMeta } from "./seo.ts";

describe("seoMeta", () => {
  it("lists hreflang only for the editions that have the page, plus x-default", () => {
    const meta = seoMeta({
      locale: "en",
      title: "T",
      description: "D",
      origin: "https://sahifa.example",
      path: "/en/news/1/a",
      alternates: { en: "/en/news/1/a", ar: "/ar/news/1/%D8%A8" },
      xDefault: "/en/news/1/a",
      type: "article",
      siteName: "Sahifa",
    });
    const hreflangs = meta.flatMap((m) => ("hrefLang" in m ? [m.hrefLang] : []));
    expect(hreflangs).toEqual(["en", "ar", "x-default"]);
    expect(meta).toContainEqual({
      tagName: "link",
      rel: "canonical",
      href: "https://sahifa.example/en/news/1/a",
    });
    expect(meta).toContainEqual({ property: "og:locale", content: "en_GB" });
    expect(meta).toContainEqual({ property: "og:locale:alternate", content: "ar_AR" });
  });

  it("gives edition-wide pages an alternate in every edition", () => {
    expect(everyEdition("news/politics")).toEqual({
      en: "/en/news/politics",
      ar: "/ar/news/politics",
      es: "/es/news/politics",
    });
  });
});

describe("JSON-LD", () => {
  it("escapes < so a title cannot close the script element", () => {
    const json = serializeJsonForScript({ headline: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });

  it("describes a NewsArticle with its language and its translations", () => {
    const ld = newsArticleJsonLd(englishArticleFixture, "https://sahifa.example", "Sahifa");
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.inLanguage).toBe("en");
    expect(ld.workTranslation).toHaveLength(1);
    expect(ld.workTranslation[0]?.inLanguage).toBe("ar");
  });
});
