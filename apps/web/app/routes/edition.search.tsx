import { SearchResults } from "../components/SearchResults.tsx";
import { loadSearch, searchRequestOf } from "../data/search.server.ts";
import { editionPage } from "../edition-page.server.ts";
import { useTranslation } from "../i18n/reader-translation.tsx";
import { brandedMeta } from "../seo.ts";
import { fromServer, serverOnly } from "../server-only.ts";
import { urls } from "../urls.ts";
import type { Route } from "./+types/edition.search";

/**
 * /{locale}/search?q=…: the edition's full-text search (issue 5). A GET form, so the query
 * lives in the URL (shareable, works without JavaScript); results pages are not indexed.
 */
export async function loader({ params, url }: Route.LoaderArgs) {
  const { locale, alternates, seo } = editionPage(url, params.locale, "search", (t) => ({
    title: t("search:title"),
    description: t("search:label"),
  }));
  const search = searchRequestOf(url);
  const results = await loadSearch(locale, search);
  let nextUrl: string | null = null;
  if (results.nextCursor) {
    const next = new URLSearchParams(url.searchParams);
    next.set("after", results.nextCursor);
    nextUrl = `${urls.search(locale)}?${next.toString()}`;
  }
  return serverOnly({ locale, query: search.query, results, nextUrl, alternates, seo });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [...brandedMeta(fromServer(loaderData)?.seo), { name: "robots", content: "noindex, follow" }];
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("search");
  const { locale, query, results, nextUrl } = fromServer(loaderData);
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
      <SearchResults locale={locale} query={query} results={results} nextUrl={nextUrl} />
    </section>
  );
}
