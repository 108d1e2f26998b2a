import { useTranslation } from "react-i18next";

import type { LabelLink } from "../model/teaser.ts";

export function TagList({ tags }: { tags: LabelLink[] }) {
  const { t } = useTranslation("article");
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby="article-tags">
      <h2 className="section-heading" id="article-tags">
        {t("tags")}
      </h2>
      <ul className="tag-list">
        {tags.map((tag) => (
          <li key={tag.url}>
            <a href={tag.url}>
              <bdi>{tag.label}</bdi>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
