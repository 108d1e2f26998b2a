import { normalizeForSearch, searchWordAlternatives } from "@sahifa/domain/arabic";
import { type BodyBlock, bodyText } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { SEARCH_NORMALIZER_VERSION } from "@sahifa/domain/search-word-forms";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../database.ts";
import { withSearchTables } from "./search.table.ts";

/**
 * Keeps `translation_search` in step with what readers can see: one document
 * per published translation, built from its published revision's normalised
 * title (weight A), standfirst (B) and body (C) with the edition's text search
 * configuration. The publish and unpublish paths call refreshSearchDocument
 * inside their transaction; syncSearchIndex repairs anything they missed.
 */

/** tsvector is capped at 1 MB; a body longer than this is indexed by its start. */
const MAX_INDEXED_BODY_CHARS = 200_000;

export interface TranslationKey {
  articleId: number;
  locale: Locale;
}

/** Plain text of a revision as search sees it (and as snippets are cut from). */
export function searchableBody(body: readonly BodyBlock[]): string {
  return bodyText(body);
}

/** Rebuilds (or removes, when the translation is not published) one translation's search document. */
export async function refreshSearchDocument(db: Kysely<Database>, key: TranslationKey): Promise<void> {
  await refreshSearchDocuments(db, [key]);
}

export async function refreshSearchDocuments(
  db: Kysely<Database>,
  keys: readonly TranslationKey[],
): Promise<void> {
  if (keys.length === 0) return;
  const sdb = withSearchTables(db);
  const published = await sdb
    .selectFrom("translations as t")
    .innerJoin("revisions as r", "r.id", "t.published_revision_id")
    .select([
      "t.article_id",
      "t.locale",
      "r.id as revision_id",
      "r.title",
      "r.summary",
      "r.body",
      sql<Date>`coalesce(t.first_published_at, t.published_at, now())`.as("published_at"),
    ])
    .where("t.status", "=", "published")
    .where(isOneOf(sql.ref("t.article_id"), sql.ref("t.locale"), keys))
    .execute();

  const gone = keys.filter(
    (key) => !published.some((row) => row.article_id === key.articleId && row.locale === key.locale),
  );
  if (gone.length > 0) {
    await sdb
      .deleteFrom("translation_search")
      .where(isOneOf(sql.ref("article_id"), sql.ref("locale"), gone))
      .execute();
  }

  if (published.length === 0) return;
  await sdb
    .insertInto("translation_search")
    .values(
      published.map((row) => ({
        article_id: row.article_id,
        locale: row.locale,
        revision_id: row.revision_id,
        published_at: row.published_at,
        document: documentOf(row.locale, row.title, row.summary, row.body),
        normalizer_version: SEARCH_NORMALIZER_VERSION,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["article_id", "locale"]).doUpdateSet((eb) => ({
        revision_id: eb.ref("excluded.revision_id"),
        published_at: eb.ref("excluded.published_at"),
        document: eb.ref("excluded.document"),
        normalizer_version: eb.ref("excluded.normalizer_version"),
        indexed_at: sql`now()`,
      })),
    )
    .execute();
}

/**
 * `(articleId, locale)` is one of the keys, as a join with two arrays: an OR
 * of one comparison per key cost the planner a second for a batch of 2,000
 * (the benchmark's corpus took a quarter of an hour to index).
 */
function isOneOf(
  articleId: RawBuilder<unknown>,
  locale: RawBuilder<unknown>,
  keys: readonly TranslationKey[],
) {
  const articleIds = keys.map((key) => key.articleId);
  const locales: string[] = keys.map((key) => key.locale);
  return sql<boolean>`(${articleId}, ${locale}) in (select * from unnest(${articleIds}::int[], ${locales}::text[]))`;
}

/**
 * Title (A), standfirst (B), body (C), then the second forms of words that may carry a
 * preposition (D: after the text, so phrases never run through them, and weighing least).
 */
function documentOf(locale: Locale, title: string, summary: string, body: readonly BodyBlock[]) {
  const config = LOCALE_CONFIG[locale].searchConfig;
  const normalize = (text: string) => normalizeForSearch(text, locale);
  const bodyText = searchableBody(body).slice(0, MAX_INDEXED_BODY_CHARS);
  const alternatives = [title, summary, bodyText].flatMap((text) => searchWordAlternatives(text, locale));
  return sql<string>`setweight(to_tsvector(${config}::regconfig, ${normalize(title)}), 'A')
    || setweight(to_tsvector(${config}::regconfig, ${normalize(summary)}), 'B')
    || setweight(to_tsvector(${config}::regconfig, ${normalize(bodyText)}), 'C')
    || setweight(to_tsvector(${config}::regconfig, ${alternatives.join(" ")}), 'D')`;
}

/**
 * Brings every search document up to date: builds missing or stale ones (the
 * published revision moved on, or an older normaliser built it: the API runs this at
 * start, so changed rules reach every document) and removes those whose translation is no
 * longer published. Returns how many translations it touched. The seed runs it;
 * so can an operator after a bulk import.
 */
export async function syncSearchIndex(db: Kysely<Database>, batchSize = 500): Promise<number> {
  const sdb = withSearchTables(db);
  let touched = 0;
  for (;;) {
    const stale = await sdb
      .selectFrom("translations as t")
      .leftJoin("translation_search as s", (join) =>
        join.onRef("s.article_id", "=", "t.article_id").onRef("s.locale", "=", "t.locale"),
      )
      .select(["t.article_id", "t.locale"])
      .where("t.status", "=", "published")
      .where("t.published_revision_id", "is not", null)
      .where((eb) =>
        eb.or([
          eb("s.revision_id", "is", null),
          eb("s.revision_id", "!=", eb.ref("t.published_revision_id")),
          // Older only: during a rolling deploy an older instance must not rebuild newer documents.
          eb("s.normalizer_version", "<", SEARCH_NORMALIZER_VERSION),
        ]),
      )
      .limit(batchSize)
      .execute();
    if (stale.length === 0) break;
    await refreshSearchDocuments(
      db,
      stale.map((row) => ({ articleId: row.article_id, locale: row.locale })),
    );
    touched += stale.length;
  }
  const removed = await sdb
    .deleteFrom("translation_search as s")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("translations as t")
            .select("t.article_id")
            .whereRef("t.article_id", "=", "s.article_id")
            .whereRef("t.locale", "=", "s.locale")
            .where("t.status", "=", "published")
            .whereRef("t.published_revision_id", "=", "s.revision_id"),
        ),
      ),
    )
    .executeTakeFirst();
  return touched + Number(removed.numDeletedRows);
}
