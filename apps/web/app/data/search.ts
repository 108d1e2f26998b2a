import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import { ARTICLE_KINDS, type ArticleKind } from "@sahifa/domain/taxonomy";
import type { SearchPageView } from "../model/search.ts";
import type { ReaderApi } from "./reader-api.ts";
import { TeaserFields, toTeaser } from "./teaser-fields.ts";

const SearchQuery = graphql(
  `
  query Search($locale: Locale!, $query: String!, $after: String, $section: String, $region: String, $kind: ArticleKind) {
    search(locale: $locale, query: $query, first: 20, after: $after, section: $section, region: $region, kind: $kind) {
      notice
      totalCount
      hasNextPage
      endCursor
      hits {
        article { ...TeaserFields }
        title { text match }
        snippet { text match }
      }
    }
  }
`,
  [TeaserFields],
);

export interface SearchRequest {
  query: string;
  after: string | null;
  section: string | null;
  region: string | null;
  kind: ArticleKind | null;
}

/** What the search page's URL asks for: `?q=…&section=…&region=…&kind=…&after=…`. */
export function searchRequestOf(url: URL): SearchRequest {
  const value = (name: string) => url.searchParams.get(name)?.trim() || null;
  const kind = value("kind");
  return {
    // The API caps what it searches; the URL may carry anything, so bound what we forward, and
    // control characters (a NUL from a crafted link) are word breaks, not text.
    query: [...(url.searchParams.get("q") ?? "").slice(0, 2_000)]
      .map((char) => (char.charCodeAt(0) < 0x20 ? " " : char))
      .join(""),
    after: value("after"),
    section: value("section"),
    region: value("region"),
    kind: kind && (ARTICLE_KINDS as readonly string[]).includes(kind) ? (kind as ArticleKind) : null,
  };
}

export async function loadSearch(
  api: ReaderApi,
  locale: Locale,
  request: SearchRequest,
): Promise<SearchPageView> {
  if (request.query.trim() === "") {
    return { notice: "EMPTY_QUERY", totalCount: 0, hits: [], nextCursor: null };
  }
  try {
    return await api.cached(`search ${locale} ${JSON.stringify(request)}`, async () => {
      const data = await api.query(SearchQuery, { locale, ...request });
      return {
        notice: data.search.notice ?? null,
        totalCount: data.search.totalCount,
        nextCursor: data.search.hasNextPage ? (data.search.endCursor ?? null) : null,
        hits: data.search.hits.map((hit) => ({
          teaser: toTeaser(hit.article, locale, api.timeZone),
          title: hit.title,
          snippet: hit.snippet,
        })),
      };
    });
  } catch (error) {
    // A cursor from an old link is a client mistake: start the search again from its first page.
    if (request.after && /cursor/i.test((error as Error).message))
      return loadSearch(api, locale, { ...request, after: null });
    throw error;
  }
}
