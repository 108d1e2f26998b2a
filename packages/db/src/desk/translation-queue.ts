import type { Locale } from "@sahifa/domain/locales";
import type { LanguagePair } from "@sahifa/domain/permissions";
import type { ArticleKind } from "@sahifa/domain/taxonomy";
import type { TranslationStatus } from "@sahifa/domain/workflow";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../database.ts";

/**
 * The translation queue: for the given locales (a user's), the
 * articles whose translation is missing (the original is published, the
 * edition has nothing), a draft, in review, or published but outdated (the
 * original was republished since the source revision its head was made from,
 * the rule of the domain's `isOutdated`). Newest activity first, keyset-paged.
 */
export const QUEUE_STATES = ["missing", "draft", "in_review", "outdated"] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueFilter {
  locales: readonly Locale[];
  states?: readonly QueueState[] | undefined;
  /** A section and everything under it, e.g. "news" or "news/politics". */
  sectionPath?: string | null | undefined;
  kind?: ArticleKind | null | undefined;
  /** Only translations from originals in this locale (a translator's language pair). */
  originalLocale?: Locale | null | undefined;
  /** Only these pairs (original locale → edition): a translator's queue. Originals are never listed then. */
  languagePairs?: readonly LanguagePair[] | undefined;
}

export interface QueueItem {
  articleId: number;
  locale: Locale;
  originalLocale: Locale;
  state: QueueState;
  /** Null when missing. */
  status: TranslationStatus | null;
  outdated: boolean;
  /** The translation's head title, or the original's published title when missing. */
  title: string;
  kind: ArticleKind;
  sectionPath: string;
  headRevisionId: number | null;
  /** Last change of the translation, or the original's publication when missing. */
  activityAt: Date;
}

export interface QueuePage {
  items: QueueItem[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export const MAX_QUEUE_PAGE = 100;

interface QueueRow {
  article_id: number;
  locale: Locale;
  original_locale: Locale;
  state: QueueState;
  status: TranslationStatus | null;
  outdated: boolean;
  title: string;
  kind: ArticleKind;
  section_path: string;
  head_revision_id: number | null;
  activity_at: Date;
  activity_key: string;
}

/** Thrown for a cursor this function did not make; the API reports it as bad input. */
export class BadCursorError extends Error {}

export async function translationQueue(
  db: Kysely<Database>,
  filter: QueueFilter,
  page: { first?: number; after?: string | null } = {},
): Promise<QueuePage> {
  const first = Math.min(Math.max(page.first ?? 20, 1), MAX_QUEUE_PAGE);
  if (filter.locales.length === 0 || filter.languagePairs?.length === 0) {
    return { items: [], totalCount: 0, endCursor: null, hasNextPage: false };
  }
  const states = filter.states?.length ? filter.states : QUEUE_STATES;
  const after = page.after ? decodeCursor(page.after) : null;

  const queue = queueRows(filter);
  const where = sql`state in (${sql.join(states.map((s) => sql`${s}`))})`;
  const afterClause = after
    ? sql`and (activity_at, article_id, locale) < (${after[0]}::timestamptz, ${after[1]}, ${after[2]})`
    : sql``;
  const [rows, count] = await Promise.all([
    sql<QueueRow>`with q as (${queue}) select * from q where ${where} ${afterClause}
      order by activity_at desc, article_id desc, locale desc limit ${first + 1}`.execute(db),
    sql<{ n: string | number }>`with q as (${queue}) select count(*) as n from q where ${where}`.execute(db),
  ]);
  const items = rows.rows.slice(0, first);
  const last = rows.rows[items.length - 1];
  return {
    items: items.map((row) => ({
      articleId: row.article_id,
      locale: row.locale,
      originalLocale: row.original_locale,
      state: row.state,
      status: row.status,
      outdated: row.outdated,
      title: row.title,
      kind: row.kind,
      sectionPath: row.section_path,
      headRevisionId: row.head_revision_id,
      activityAt: new Date(row.activity_at),
    })),
    totalCount: Number(count.rows[0]?.n ?? 0),
    endCursor: last ? encodeCursor([last.activity_key, last.article_id, last.locale]) : null,
    hasNextPage: rows.rows.length > first,
  };
}

function queueRows(filter: QueueFilter): RawBuilder<unknown> {
  const locales = sql.join(filter.locales.map((locale) => sql`(${locale})`));
  const section = filter.sectionPath
    ? sql`and (s.path = ${filter.sectionPath} or s.path like ${`${filter.sectionPath}/%`})`
    : sql``;
  const kind = filter.kind ? sql`and a.kind = ${filter.kind}` : sql``;
  const original = filter.originalLocale ? sql`and a.original_locale = ${filter.originalLocale}` : sql``;
  const pairs = filter.languagePairs
    ? sql`and (a.original_locale, l.locale) in (${sql.join(
        filter.languagePairs.map((pair) => sql`(${pair.source}, ${pair.target})`),
      )})`
    : sql``;
  // Outdated mirrors @sahifa/domain/workflow isOutdated: revision ids grow, so "moved past" is ">".
  return sql`
    select a.id as article_id, l.locale, a.original_locale, a.kind, s.path as section_path,
      t.status, t.head_revision_id,
      coalesce(h.title, o.published_title) as title,
      (t.article_id is not null and l.locale <> a.original_locale
        and o.published_revision_id > h.source_revision_id) as outdated,
      case when t.article_id is null then 'missing'
           when t.status in ('draft', 'in_review') then t.status
           else 'outdated' end as state,
      coalesce(t.updated_at, o.published_at) as activity_at,
      coalesce(t.updated_at, o.published_at)::text as activity_key
    from articles a
    cross join (values ${locales}) as l(locale)
    join sections s on s.id = a.section_id
    left join translations t on t.article_id = a.id and t.locale = l.locale
    left join revisions h on h.id = t.head_revision_id
    left join translations o on o.article_id = a.id and o.locale = a.original_locale
    where ((t.article_id is null and o.status = 'published')
       or t.status in ('draft', 'in_review')
       or (t.status = 'published' and l.locale <> a.original_locale
           and o.published_revision_id > h.source_revision_id))
      ${section} ${kind} ${original} ${pairs}`;
}

type Cursor = [activityKey: string, articleId: number, locale: string];

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      typeof parsed[0] === "string" &&
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(parsed[0]) &&
      Number.isInteger(parsed[1]) &&
      typeof parsed[2] === "string"
    ) {
      return parsed as Cursor;
    }
  } catch {
    // fall through
  }
  throw new BadCursorError("The queue cursor is not one this API gave out; start again without `after`.");
}
