import type { Locale } from "@sahifa/domain/locales";
import type { ColumnType, Generated, Kysely } from "kysely";
import type { Database } from "../database.ts";

/** Timestamped updates of a live story, per edition (migration 2026-11-24T20-31). */
export interface LiveUpdatesTable {
  id: Generated<number>;
  article_id: number;
  locale: Locale;
  title: string | null;
  body: string;
  created_by: number | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

// A type alias, not an interface: withTables needs an index-signature-compatible record.
export type LiveTables = {
  live_updates: LiveUpdatesTable;
};

/** The live_updates table lives beside the content model; this widens a handle to see it. */
export function withLiveTables(db: Kysely<Database>): Kysely<Database & LiveTables> {
  return db.withTables<LiveTables>();
}
