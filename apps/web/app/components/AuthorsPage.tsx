import { useTranslation } from "react-i18next";
import type { AuthorListItem } from "../model/author.ts";

/** The edition's bylines, by name, each with its bio. */
export function AuthorsPage({ authors }: { authors: AuthorListItem[] }) {
  const { t } = useTranslation("common");
  return (
    <>
      <h1 className="page-title">{t("pages.authors")}</h1>
      <ul className="plain-list compact-authors">
        {authors.map((author) => (
          <li key={author.url}>
            <h2 className="teaser-title">
              <a href={author.url}>
                <bdi>{author.name}</bdi>
              </a>
            </h2>
            {author.bio ? <p className="teaser-summary">{author.bio}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
