import type { Locale } from "@sahifa/domain/locales";
import { useEffect, useState } from "react";
import { type KeptArticle, readKeptArticles } from "./kept-articles.ts";

export interface KeptArticlesProps {
  locale: Locale;
  labels: { heading: string; none: string };
}

/**
 * The offline page's list of the articles this device keeps in the edition: an island, since
 * only the browser can read the worker's store. Empty on the server and until the store is read.
 */
export function KeptArticles({ locale, labels }: KeptArticlesProps) {
  const [articles, setArticles] = useState<KeptArticle[] | null>(null);
  useEffect(() => {
    let current = true;
    readKeptArticles(locale).then(
      (kept) => current && setArticles(kept),
      // A store the browser will not open (private mode, quota) keeps nothing to offer.
      () => current && setArticles([]),
    );
    return () => {
      current = false;
    };
  }, [locale]);
  return (
    <section
      aria-labelledby="kept-articles-title"
      data-testid="kept-articles"
      data-state={articles === null ? "reading" : "read"}
      hidden={articles === null}
    >
      <h2 id="kept-articles-title" className="section-heading">
        {labels.heading}
      </h2>
      {articles !== null && articles.length === 0 ? <p>{labels.none}</p> : null}
      <ul className="plain-list kept-articles">
        {(articles ?? []).map((article) => (
          <li key={article.url}>
            <a href={article.url}>{article.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
