import type { Locale } from "@sahifa/domain/locales";
import { SearchPage } from "../components/SearchPage.tsx";
import { loadSearch, searchRequestOf } from "../data/search.ts";
import { searchPageLinks } from "../data/search-paging.ts";
import { editionPageHead, editionSeo, type PageResponse } from "./page-response.ts";
import type { ReaderDeps } from "./reader-deps.ts";

/**
 * `/{locale}/search?q=…`: the edition's full-text search. A GET form, so the query lives in the
 * URL (shareable, works without JavaScript); results pages are not indexed.
 */
export async function searchPage(deps: ReaderDeps, locale: Locale, url: URL): Promise<PageResponse> {
  const seo = editionSeo(deps, locale, "search", (t) => ({
    title: t("search:title"),
    description: t("search:label"),
  }));
  seo.robots = "noindex, follow";
  const search = searchRequestOf(url);
  const results = await loadSearch(deps.api, locale, search);
  const links = searchPageLinks(url, results.nextCursor);
  return {
    locale,
    ...editionPageHead(seo, "search"),
    content: <SearchPage locale={locale} query={search.query} results={results} links={links} />,
  };
}
