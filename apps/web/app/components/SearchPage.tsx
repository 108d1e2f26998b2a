import type { Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import type { SearchPageLinks } from "../data/search-paging.ts";
import type { SearchPageView } from "../model/search.ts";
import { urls } from "../urls.ts";
import { SearchResults } from "./SearchResults.tsx";

/** The search form, its query kept in the URL, and one page of results. */
export function SearchPage({
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
  return (
    <section className="article search-page" aria-labelledby="search-title">
      <h1 className="page-title" id="search-title">
        {t("title")}
      </h1>
      <form className="search-form" role="search" method="get" action={urls.search(locale)}>
        <label className="visually-hidden" htmlFor="search-page-q">
          {t("label")}
        </label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          dir="auto"
          defaultValue={query}
          placeholder={t("placeholder")}
        />
        <button className="button" type="submit">
          {t("submit")}
        </button>
      </form>
      <SearchResults locale={locale} query={query} results={results} links={links} />
    </section>
  );
}
