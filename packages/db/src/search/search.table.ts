import type { Locale } from "@sahifa/domain/locales";
import type { ColumnType, Kysely } from "kysely";
import type { Database } from "../database.ts";

/**
 * One search document per published translation (migration 2026-11-24T20-30).
 * `document` is a tsvector, written through SQL (`setweight(to_tsvector(…))`);
 * read as text it is Postgres's tsvector notation.
 */
export interface TranslationSearchTable {
  article_id: number;
  locale: Locale;
  /** The published revision the document was built from. */
  revision_id: number;
  document: ColumnType<string, string, string>;
  /** When the translation was first published: search orders and caps its candidates by it. */
  published_at: ColumnType<Date, Date | string, Date | string>;
  indexed_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** SEARCH_NORMALIZER_VERSION of the rules the document was built with. */
  normalizer_version: ColumnType<number, number | undefined, number>;
}

// A type alias, not an interface: withTables needs an index-signature-compatible record.
export type SearchTables = {
  translation_search: TranslationSearchTable;
};

/** The search table lives beside the content model; this widens a handle to see it. */
export function withSearchTables(db: Kysely<Database>): Kysely<Database & SearchTables> {
  return db.withTables<SearchTables>();
}
