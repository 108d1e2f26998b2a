import type { Database } from "@sahifa/db/database";
import { type Kysely, sql } from "kysely";

/** How many rows the lists without paging (`tags`, `authors`, …) can answer with, for query pricing. */
export interface ListSizes {
  tags: number;
  authors: number;
  dossiers: number;
  regions: number;
  sections: number;
}

/** A list grows through the desk a few rows at a time: a size a minute old prices queries well enough. */
const TTL_MS = 60_000;

/**
 * Counts, shared by every request of an app and refreshed in the background once stale, so
 * pricing a query never waits for the database after the first request.
 */
export function createListSizes(db: Kysely<Database>, ttlMs = TTL_MS): () => Promise<ListSizes> {
  let current: Promise<ListSizes> | undefined;
  let fetchedAt = 0;
  const refresh = () => {
    const next = countLists(db);
    // A failed count keeps the last good one; the first request sees the error.
    next.then(
      () => {
        current = next;
        fetchedAt = Date.now();
      },
      () => {},
    );
    return next;
  };
  return () => {
    if (!current) {
      current = refresh();
      fetchedAt = Date.now();
      current.catch(() => {
        current = undefined;
      });
      return current;
    }
    if (Date.now() - fetchedAt > ttlMs) {
      fetchedAt = Date.now();
      void refresh().catch(() => {});
    }
    return current;
  };
}

async function countLists(db: Kysely<Database>): Promise<ListSizes> {
  const row = await sql<Record<keyof ListSizes, string>>`select
    (select count(*) from tags) as tags,
    (select count(*) from authors) as authors,
    (select count(*) from dossiers) as dossiers,
    (select count(*) from regions) as regions,
    (select count(*) from sections) as sections`.execute(db);
  const counts = row.rows[0];
  if (!counts) throw new Error("list sizes: no row");
  return {
    tags: Number(counts.tags),
    authors: Number(counts.authors),
    dossiers: Number(counts.dossiers),
    regions: Number(counts.regions),
    sections: Number(counts.sections),
  };
}
