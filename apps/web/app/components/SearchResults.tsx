import type { Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";

import type { SearchPageLinks } from "../data/search-paging.ts";
import type { SearchPageView, TextRunView } from "../model/search.ts";
import { Icon } from "./Icon.tsx";

/** Runs of text with the matched words in <mark>: text nodes only, never HTML from the API. */
export function MarkedText({ runs }: { runs: TextRunView[] }) {
  return (
    <>
      {runs.map((run, index) =>
        run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
      )}
    </>
  );
}

/** The search page's results: count, notices, hits with highlighted title and snippet, links to the pages before and after. */
export function SearchResults({
  locale,
  query,
  results,
  links,
}: {
  locale: Locale;
  query: string;
  results: SearchPageView;
  links: SearchPageLinks;
}) {
  const { t } = useTranslation("search");
  if (results.notice === "EMPTY_QUERY") return <p className="search-notice">{t("emptyQuery")}</p>;
  if (results.notice === "NO_SEARCHABLE_TERMS") {
    return (
      <p className="search-notice" role="status">
        {t("invalidQuery")}
      </p>
    );
  }
  return (
    <section aria-labelledby="search-results-heading" data-testid="search-results" lang={locale}>
      <h2 id="search-results-heading" className="search-count" role="status">
        {results.totalCount === 0 ? (
          t("noResults", { query })
        ) : (
          <>
            {t("resultsFor", { query })} · {t("results", { count: results.totalCount })}
          </>
        )}
      </h2>
      {results.notice === "QUERY_TRUNCATED" ? (
        <p className="search-notice">{t("queryTooLong", { max: 256 })}</p>
      ) : null}
      {results.totalCount === 0 ? <p>{t("noResultsHint")}</p> : null}
      <ol className="plain-list search-hits">
        {results.hits.map((hit) => (
          <li key={hit.teaser.id} className="search-hit" data-article-id={hit.teaser.id}>
            <div className="teaser-meta">
              <a className="label" href={hit.teaser.section.url}>
                {hit.teaser.section.label}
              </a>
              <time dateTime={hit.teaser.publishedAt}>{hit.teaser.publishedLabel}</time>
            </div>
            <h3 className="teaser-title">
              <a href={hit.teaser.url}>
                <MarkedText runs={hit.title} />
              </a>
            </h3>
            <p className="teaser-summary search-snippet">
              <MarkedText runs={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
      {links.previousUrl || links.nextUrl ? (
        <nav className="pagination" aria-label={t("pagination")}>
          {links.previousUrl ? (
            <a
              className="arrow-link previous-link"
              rel={links.previousIsFirst ? undefined : "prev"}
              href={links.previousUrl}
            >
              {links.previousIsFirst ? t("firstResults") : t("previousResults")}
            </a>
          ) : null}
          {links.nextUrl ? (
            <a className="arrow-link" rel="next" href={links.nextUrl}>
              {t("moreResults")}
              <Icon name="arrow" />
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
