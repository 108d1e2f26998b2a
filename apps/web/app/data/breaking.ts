import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import { breakingView } from "../live/merge-breaking.ts";
import type { BreakingItemView } from "../model/edition.ts";
import type { ReaderApi } from "./reader-api.ts";

const BreakingQuery = graphql(`
  query Breaking($locale: Locale!, $first: Int!) {
    breaking(locale: $locale, first: $first) {
      id
      text
      attribution
      url
      article { url }
      createdAt
    }
  }
`);

/**
 * The ticker's items. The ticker is decoration around every page: if the API cannot give
 * them, the page still renders without it rather than failing.
 */
export async function loadBreaking(api: ReaderApi, locale: Locale, first = 10): Promise<BreakingItemView[]> {
  try {
    return await api.cached(`breaking ${locale} ${first}`, async () => {
      const data = await api.query(BreakingQuery, { locale, first });
      return data.breaking.map((item) => breakingView(item, locale, api.timeZone));
    });
  } catch (error) {
    console.error(`[web] breaking items for ${locale} unavailable: ${(error as Error).message}`);
    return [];
  }
}
