import { useTranslation } from "react-i18next";

import type { TeaserView } from "../model/teaser.ts";

/** The inline "Related News" box in the middle of an article body. */
export function RelatedNews({ articles }: { articles: TeaserView[] }) {
  const { t } = useTranslation("article");
  if (articles.length === 0) return null;
  return (
    <aside className="related-box" aria-label={t("relatedNews")}>
      <h2>{t("relatedNews")}</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            <a href={article.url}>{article.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
