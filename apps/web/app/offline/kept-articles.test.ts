import { describe, expect, it } from "vitest";
import { type KeptPage, keptArticlesOf } from "./kept-articles.ts";

const ORIGIN = "https://sahifa.test";
const page = (path: string, keptAt: number, title: string | null = `Title of ${path}`): KeptPage => ({
  url: new URL(path, ORIGIN),
  keptAt,
  title,
});

describe("keptArticlesOf", () => {
  it("lists the edition's kept articles, the most recently kept first, with their headlines", () => {
    const arabic = `/ar/news/12/${encodeURIComponent("العاصفة")}`;
    const kept = keptArticlesOf(
      [
        page("/ar/news/politics/7/old", 1_000, "  مقال قديم "),
        page(arabic, 3_000, "العاصفة تقترب"),
        page("/en/news/9/storm", 5_000),
        page("/es/news/9/tormenta", 4_000),
      ],
      "ar",
      ORIGIN,
    );
    expect(kept).toEqual([
      { url: arabic, title: "العاصفة تقترب", keptAt: 3_000 },
      { url: "/ar/news/politics/7/old", title: "مقال قديم", keptAt: 1_000 },
    ]);
  });

  it("leaves out what is not a readable article: other origins, other pages, pages without a headline", () => {
    const kept = keptArticlesOf(
      [
        { url: new URL("https://elsewhere.test/en/news/1/a"), keptAt: 1, title: "Elsewhere" },
        page("/en/search", 2),
        page("/en/lite/news/3/c", 3),
        page("/en/news/4/d", 4, null),
        page("/en/news/5/e", 5, "   "),
        page("/en/news/6/f", 6),
      ],
      "en",
      ORIGIN,
    );
    expect(kept.map((article) => article.url)).toEqual(["/en/news/6/f"]);
  });
});
