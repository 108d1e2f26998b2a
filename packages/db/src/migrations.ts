import type { Migration } from "kysely";
import * as contentModel from "./migrations/2026-11-24T00-00_content-model.ts";
import * as searchDocuments from "./migrations/2026-11-24T20-30_search-documents.ts";
import * as liveUpdates from "./migrations/2026-11-24T20-31_live-updates.ts";
import * as searchRecencyAndIndex from "./migrations/2026-11-24T21-00_search-recency-and-index.ts";
import * as arabicSearchRebuild from "./migrations/2026-11-25T00-45_arabic-search-rebuild.ts";
import * as arabicPluralSearchRebuild from "./migrations/2026-11-25T02-30_arabic-plural-search-rebuild.ts";
import * as arabicConjunctionSearchRebuild from "./migrations/2026-11-25T03-00_arabic-conjunction-search-rebuild.ts";
import * as abuseGuards from "./migrations/2026-12-07T02-30_abuse-guards.ts";
import * as mediaLibrary from "./migrations/2026-12-07T02-30_media-library.ts";
import * as searchNormalizerVersion from "./migrations/2026-12-07T02-30_search-normalizer-version.ts";
import * as translationEvents from "./migrations/2026-12-07T02-30_translation-events.ts";
import * as mostReadRankings from "./migrations/2026-12-07T02-45_most-read-rankings.ts";
import * as articleFactChanges from "./migrations/2026-12-07T02-50_article-fact-changes.ts";
import * as languagePairs from "./migrations/2026-12-07T02-50_language-pairs.ts";
import * as scheduledPublications from "./migrations/2026-12-07T03-00_scheduled-publications.ts";
import * as taxonomyProfiles from "./migrations/2026-12-07T03-10_taxonomy-profiles.ts";
import * as translationMemory from "./migrations/2026-12-07T03-30_translation-memory.ts";
import * as glossary from "./migrations/2026-12-07T05-00_glossary.ts";
import * as translationsSitemapPageIndex from "./migrations/2026-12-07T06-00_translations-sitemap-page-index.ts";
import * as mediaFileNames from "./migrations/2026-12-07T14-00_media-file-names.ts";
import * as liveUpdatesRecentIndex from "./migrations/2026-12-07T14-30_live-updates-recent-index.ts";
import * as searchNewestMatchesIndex from "./migrations/2026-12-07T17-30_search-newest-matches-index.ts";
import * as searchDocumentsUncompressed from "./migrations/2026-12-07T23-30_search-documents-uncompressed.ts";

/** Every migration, by name; names sort in the order they run. Add new ones at the end. */
export const MIGRATIONS: Record<string, Migration> = {
  "2026-11-24T00-00_content-model": contentModel,
  "2026-11-24T20-30_search-documents": searchDocuments,
  "2026-11-24T20-31_live-updates": liveUpdates,
  "2026-11-24T21-00_search-recency-and-index": searchRecencyAndIndex,
  "2026-11-25T00-45_arabic-search-rebuild": arabicSearchRebuild,
  "2026-11-25T02-30_arabic-plural-search-rebuild": arabicPluralSearchRebuild,
  "2026-11-25T03-00_arabic-conjunction-search-rebuild": arabicConjunctionSearchRebuild,
  "2026-12-07T02-30_search-normalizer-version": searchNormalizerVersion,
  "2026-12-07T02-45_most-read-rankings": mostReadRankings,
  "2026-12-07T02-30_media-library": mediaLibrary,
  "2026-12-07T02-50_article-fact-changes": articleFactChanges,
  "2026-12-07T03-00_scheduled-publications": scheduledPublications,
  "2026-12-07T03-10_taxonomy-profiles": taxonomyProfiles,
  "2026-12-07T02-30_abuse-guards": abuseGuards,
  "2026-12-07T02-30_translation-events": translationEvents,
  "2026-12-07T02-50_language-pairs": languagePairs,
  "2026-12-07T03-30_translation-memory": translationMemory,
  "2026-12-07T05-00_glossary": glossary,
  "2026-12-07T06-00_translations-sitemap-page-index": translationsSitemapPageIndex,
  "2026-12-07T14-00_media-file-names": mediaFileNames,
  "2026-12-07T14-30_live-updates-recent-index": liveUpdatesRecentIndex,
  "2026-12-07T17-30_search-newest-matches-index": searchNewestMatchesIndex,
  "2026-12-07T23-30_search-documents-uncompressed": searchDocumentsUncompressed,
};
