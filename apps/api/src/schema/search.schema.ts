import type { ArticleCard } from "@sahifa/db/reader/articles";
import {
  InvalidSearchCursorError,
  MAX_SEARCH_PAGE_SIZE,
  type SearchHit,
  type SearchResult,
  searchEdition,
} from "@sahifa/db/search";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import { ArticleKindEnum, ArticleRef } from "./article-ref.ts";
import { editionOf, LOCALE_ARG_DESCRIPTION, LocaleEnum } from "./locale.schema.ts";

/**
 * Reader search of one edition. Snippets come as runs of text with
 * the matched words flagged, never as HTML: the client decides how to mark
 * them, and article text cannot inject markup.
 */

const SearchNoticeEnum = builder.enumType("SearchNotice", {
  description: "Why a search found nothing to look for, or looked for less than was typed.",
  values: {
    EMPTY_QUERY: { description: "Nothing was typed." },
    NO_SEARCHABLE_TERMS: {
      description: "Only punctuation, operators, exclusions or words too common to search for.",
    },
    QUERY_TRUNCATED: { description: "The query was too long; its first words were searched." },
  } as const,
});

const TextRunRef = builder.objectRef<{ text: string; match: boolean }>("TextRun");
builder.objectType(TextRunRef, {
  description: "A piece of text as written; `match` marks the words the query found.",
  fields: (t) => ({
    text: t.exposeString("text"),
    match: t.exposeBoolean("match"),
  }),
});

const SearchHitRef = builder.objectRef<SearchHit & { article: ArticleCard }>("SearchHit");
builder.objectType(SearchHitRef, {
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (hit) => hit.article }),
    title: t.field({
      type: [TextRunRef],
      description: "The title with matches marked.",
      resolve: (hit) => hit.title,
    }),
    snippet: t.field({
      type: [TextRunRef],
      description: "Up to two passages around the matches; runs of `…` stand where text was left out.",
      resolve: (hit) => hit.snippet,
    }),
    cursor: t.exposeString("cursor"),
  }),
});

const SearchResultsRef = builder.objectRef<
  SearchResult & { hits: Array<SearchHit & { article: ArticleCard }> }
>("SearchResults");
builder.objectType(SearchResultsRef, {
  fields: (t) => ({
    notice: t.field({ type: SearchNoticeEnum, nullable: true, resolve: (r) => r.notice }),
    totalCount: t.exposeInt("totalCount", { description: "Matches in the edition for these filters." }),
    hits: t.field({
      type: [SearchHitRef],
      // The page: `search(first)` already multiplies what is selected here by its size.
      complexity: { field: 1, multiplier: 1 },
      resolve: (r) => r.hits,
    }),
    hasNextPage: t.exposeBoolean("hasNextPage"),
    endCursor: t.exposeString("endCursor", {
      nullable: true,
      description: "Pass as `after` for the next page.",
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultsRef,
    description:
      "Full-text search of the published articles of one edition, best match first (relevance, then recency). Arabic spelling variants and Latin accents do not matter. Bad input answers a `notice`, never an error.",
    args: {
      query: t.arg.string({ required: true }),
      locale: t.arg({ type: LocaleEnum, description: LOCALE_ARG_DESCRIPTION }),
      first: t.arg.int({
        required: true,
        defaultValue: 20,
        description: `How many (1–${MAX_SEARCH_PAGE_SIZE}).`,
      }),
      after: t.arg.string({ description: "`endCursor` of the previous page." }),
      section: t.arg.string({
        description: 'A section path ("news" or "news/politics"); subsections included.',
      }),
      region: t.arg.string({ description: 'A region slug ("mena").' }),
      kind: t.arg({ type: ArticleKindEnum }),
    },
    resolve: async (_root, args, context) => {
      if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_SEARCH_PAGE_SIZE) {
        throw new GraphQLError(`Argument "first" must be between 1 and ${MAX_SEARCH_PAGE_SIZE}.`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      const locale = editionOf(args.locale, context);
      let result: SearchResult;
      try {
        result = await searchEdition(context.db, {
          locale,
          query: args.query,
          first: args.first,
          after: args.after,
          filters: { sectionPath: args.section, regionSlug: args.region, kind: args.kind },
        });
      } catch (error) {
        if (error instanceof InvalidSearchCursorError) {
          throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
        }
        throw error;
      }
      const articles = await context.loaders.articleById.loadMany(
        result.hits.map((hit) => ({ locale, key: hit.articleId })),
      );
      // A hit whose article is gone from the edition between the two reads is dropped, not shown half-empty.
      const hits = result.hits.flatMap((hit, index) => {
        const article = articles[index];
        return article && !(article instanceof Error) ? [{ ...hit, article }] : [];
      });
      return { ...result, hits };
    },
  }),
}));
