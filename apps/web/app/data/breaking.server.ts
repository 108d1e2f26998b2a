import type { Locale } from "@sahifa/domain/locales";
import { graphql } from "../graphql/graphql.ts";
import { readerQuery, viewOf } from "../graphql/reader-query.server.ts";
import { breakingView } from "../live/merge-breaking.ts";
import type { BreakingItemView } from "../model/edition.ts";

const BreakingQuery = graphql(`
  query Breaking($locale: Locale!, $first: Int!) {
    breaking(locale: $locale, first: $first) {
      id
      text
      attribution
      url
      createdAt
    }
  }
`);

/**
 * The ticker's items. The ticker is decoration around every page: if the API cannot give
 * them, the page still renders without it rather than failing.
 */
export async function loadBreaking(locale: Locale, first = 10): Promise<BreakingItemView[]> {
  try {
    const data = await readerQuery(BreakingQuery, { locale, first });
    return viewOf(data, "breaking", (answer) => answer.breaking.map((item) => breakingView(item, locale)));
  } catch (error) {
    console.error(`[web] breaking items for ${locale} unavailable: ${(error as Error).message}`);
    return [];
  }
}
