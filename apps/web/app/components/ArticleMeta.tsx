import { useTranslation } from "react-i18next";

import type { ArticleView } from "../model/article.ts";

/** Byline, source, date and time, share count and read time, with each language's plurals. */
export function ArticleMeta({ article }: { article: ArticleView }) {
  const { t } = useTranslation(["article", "common"]);
  return (
    <div className="article-meta">
      {article.authors.length > 0 ? (
        <span className="byline">
          {t("by")}{" "}
          {article.authors.map((author, index) => (
            <span key={author.url}>
              {index > 0 ? (article.locale === "ar" ? "، " : ", ") : null}
              <a href={author.url}>
                <bdi>{author.name}</bdi>
              </a>
            </span>
          ))}
        </span>
      ) : null}
      <span className="source">
        {/* Our own reporting has no outside source: credit the masthead, in the edition's script. */}
        {t("source")}: <bdi>{article.sourceName ?? t("common:brand")}</bdi>
      </span>
      <time dateTime={article.publishedAt}>{article.publishedLabel}</time>
      {article.updatedLabel ? (
        <time className="updated" dateTime={article.updatedAt}>
          {t("updatedAt", { date: article.updatedLabel })}
        </time>
      ) : null}
      <span className="shares">{t("shares", { count: article.shareCount })}</span>
      <span className="read-time">{t("readTime", { count: article.readMinutes })}</span>
    </div>
  );
}
