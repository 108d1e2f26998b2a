import { graphql } from "@sahifa/api-client/graphql";

/** The API subscriptions the reader app relays as SSE (relays.ts); typed, and in the trusted-documents manifest. */
export const BreakingSubscription = graphql(`
  subscription ReaderBreaking($locale: Locale!) {
    breakingNews(locale: $locale) { id text attribution url article { url } createdAt }
  }
`);

export const LiveUpdatesSubscription = graphql(`
  subscription ReaderLiveUpdates($articleId: ID!, $locale: Locale!) {
    liveUpdates(articleId: $articleId, locale: $locale) { id title body createdAt }
  }
`);
