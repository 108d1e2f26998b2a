import { describe, expect, it } from "vitest";
import { arabicArticleFixture, englishArticlePageFixture } from "../fixtures/article.fixture.ts";
import { i18nFor } from "../i18n/i18n.ts";
import { renderInEdition } from "../testing/render.tsx";
import { ArticlePage } from "./ArticlePage.tsx";

describe("ArticlePage", () => {
  it("renders every element of the reference anatomy in English", () => {
    const html = renderInEdition("en", <ArticlePage {...englishArticlePageFixture} />);
    expect(html).toContain("<h1");
    expect(html).toContain("River clean-up brings herons back to the old harbour");
    expect(html).toContain("By");
    expect(html).toContain("Sahifa Environment Desk");
    expect(html).toContain("Source");
    expect(html).toContain("2 Shares");
    expect(html).toContain("4 min read");
    expect(html).toContain("20 Nov 2026, 10:51");
    expect(html).toContain("Related News");
    expect(html).toContain("Most Read");
    expect(html).toContain("Read Next");
    expect(html).toContain("Coverage");
    expect(html).toContain("Cities and their rivers");
    expect(html).toContain('href="/en/tag/rivers"');
    expect(html).toContain("(Sahifa)"); // credit in parentheses
    expect(html).toMatch(/<blockquote>/);
    expect(html).toContain("<h2>What changed</h2>");
    expect(html).toContain("Updated 20 November 2026, 12:00 UTC");
    expect(html).toMatch(/<strong>Correction<\/strong> \(<time dateTime="2026-11-20T12:00:00.000Z">/);
    expect(html).toContain("An earlier version gave the wrong year for the last nesting.");
  });

  it("uses Arabic plurals and isolates Latin names in the Arabic edition", () => {
    const page = {
      ...englishArticlePageFixture,
      article: { ...arabicArticleFixture, shareCount: 2, readMinutes: 11 },
    };
    const html = renderInEdition("ar", <ArticlePage {...page} />);
    expect(html).toContain("<bdi>Lina Haddad</bdi>");
    // Two shares is the dual form in Arabic; eleven minutes is the "many" form.
    const t = i18nFor("ar").t;
    expect(t("article:shares", { count: 2 })).not.toBe(t("article:shares", { count: 3 }));
    expect(html).toContain(t("article:shares", { count: 2 }));
    expect(html).toContain(t("article:readTime", { count: 11 }));
    expect(html).toContain("أخبار ذات صلة");
  });

  it("credits an outside source by name, and the newsroom's own reporting to the edition's masthead", () => {
    const agency = renderInEdition(
      "ar",
      <ArticlePage
        {...englishArticlePageFixture}
        article={{ ...arabicArticleFixture, sourceName: "Agence Littoral" }}
      />,
    );
    expect(agency).toContain("<bdi>Agence Littoral</bdi>");
    const own = renderInEdition(
      "ar",
      <ArticlePage {...englishArticlePageFixture} article={{ ...arabicArticleFixture, sourceName: null }} />,
    );
    expect(own).toMatch(/المصدر(<!-- -->)?: <bdi>صحيفة<\/bdi>/);
    expect(own).not.toContain(">Sahifa<");
  });

  it("puts an opinion's author above the title and a video's player first", () => {
    const opinion = renderInEdition(
      "en",
      <ArticlePage
        {...englishArticlePageFixture}
        article={{ ...englishArticlePageFixture.article, kind: "opinion" }}
      />,
    );
    expect(opinion.indexOf("opinion-author")).toBeGreaterThan(-1);
    expect(opinion.indexOf("opinion-author")).toBeLessThan(opinion.indexOf("article-title"));

    const video = renderInEdition(
      "en",
      <ArticlePage
        {...englishArticlePageFixture}
        article={{
          ...englishArticlePageFixture.article,
          kind: "video",
          body: [
            { type: "paragraph", content: [{ text: "Intro." }] },
            {
              type: "video",
              url: "/media/clip.mp4",
              title: "The clip",
              poster: null,
              durationSeconds: 60,
              captions: [
                { locale: "en", url: "/media/c/en.vtt" },
                { locale: "ar", url: "/media/c/ar.vtt" },
              ],
            },
          ],
        }}
      />,
    );
    expect(video.indexOf("<video")).toBeLessThan(video.indexOf("Intro."));
    expect(video).not.toContain('class="lead"');
    // Every caption track, named in its own language; the edition's own is the default.
    expect(video).toContain(
      '<track kind="captions" src="/media/c/en.vtt" srcLang="en" label="English" default=""/>',
    );
    expect(video).toContain('<track kind="captions" src="/media/c/ar.vtt" srcLang="ar" label="العربية"/>');
  });
});
