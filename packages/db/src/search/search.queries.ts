import type { BodyBlock } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import type { ArticleKind } from "@sahifa/domain/taxonomy";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../database.ts";
import { anyLexemeQuery } from "./headline-query.ts";
import { FRAGMENT_MARK, mapHeadline, START_MARK, STOP_MARK, scrubMarks, type TextRun } from "./highlight.ts";
import { normalizeWithOffsets } from "./normalized-text.ts";
import { searchableBody } from "./search-document.ts";
import { parseSearchQuery, type SearchNotice } from "./search-query.ts";
import { snippetWindow, wantedWords } from "./snippet-window.ts";

/**
 * Full-text search of one edition: published translations only,
 * ranked by relevance and recency, with highlighted snippets of the text as
 * written, paged by cursor, filtered by section (with its subsections),
 * region and kind.
 */

export interface SearchFilters {
  /** A section path ("news" or "news/politics"); subsections are included. */
  sectionPath?: string | null | undefined;
  regionSlug?: string | null | undefined;
  kind?: ArticleKind | null | undefined;
}

export interface SearchParams {
  locale: Locale;
  query: string;
  first?: number | undefined;
  after?: string | null | undefined;
  filters?: SearchFilters | undefined;
}

export interface SearchHit {
  articleId: number;
  locale: Locale;
  /** The published title, with the words the query matched marked. */
  title: TextRun[];
  /** One or two passages of standfirst and body around the matches ("…" where text was cut). */
  snippet: TextRun[];
  publishedAt: Date;
  cursor: string;
}

export interface SearchResult {
  /** Why nothing (or not all of the query) was searched; null for an ordinary search. */
  notice: SearchNotice | null;
  hits: SearchHit[];
  /** Matches in the whole edition for these filters, not just this page. */
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export const DEFAULT_SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE_SIZE = 100;

/** Thrown for a cursor this function did not produce: a client error, not a database one. */
export class InvalidSearchCursorError extends Error {
  constructor() {
    super("The search cursor is malformed; start again without `after`.");
    this.name = "InvalidSearchCursorError";
  }
}

/**
 * Recency is folded into the score as ln(relevance) + age bonus: every
 * RECENCY_HALF_LIFE_DAYS newer doubles an article's weight. It depends on the
 * publication time alone, not on "now", so a score — and a cursor holding
 * one — stays valid between one page and the next.
 */
const RECENCY_HALF_LIFE_DAYS = 60;
const RECENCY_PER_SECOND = Math.LN2 / (RECENCY_HALF_LIFE_DAYS * 86_400);
/** ts_rank normalisation 1: divide by 1 + log(document length), so long bodies do not win by length. */
const RANK_NORMALIZATION = 1;
/**
 * A query matching more articles than this ranks only its newest MAX_RANKED
 * matches: ranking reads every ranked document, and with recency in the
 * score an older match rarely outranks hundreds of newer ones. Pages reach
 * that far; totalCount still counts every match.
 */
const MAX_RANKED = 500;
/** Snippets are cut from the start of long bodies: ts_headline cost grows with the text. */
const MAX_SNIPPET_SOURCE_CHARS = 30_000;
const SECTION_PATH = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

const TITLE_OPTIONS = `HighlightAll=true, StartSel=${START_MARK}, StopSel=${STOP_MARK}`;
const SNIPPET_OPTIONS = `MaxFragments=2, MaxWords=22, MinWords=8, ShortWord=2, StartSel=${START_MARK}, StopSel=${STOP_MARK}, FragmentDelimiter=${FRAGMENT_MARK}`;

export async function searchEdition(db: Kysely<Database>, params: SearchParams): Promise<SearchResult> {
  const { locale, filters = {} } = params;
  const first = Math.min(
    Math.max(Math.trunc(params.first ?? DEFAULT_SEARCH_PAGE_SIZE), 1),
    MAX_SEARCH_PAGE_SIZE,
  );
  const after = params.after ? decodeCursor(params.after) : null;
  const parsed = parseSearchQuery(params.query, locale);
  if (parsed.kind === "empty") return emptyResult(parsed.notice);
  if (filters.sectionPath && !SECTION_PATH.test(filters.sectionPath)) return emptyResult(null);

  const config = LOCALE_CONFIG[locale].searchConfig;
  const tsquery = sql`websearch_to_tsquery(${config}::regconfig, ${parsed.text})`;
  const filterSql = [
    filters.kind ? sql`and a.kind = ${filters.kind}` : sql``,
    filters.regionSlug
      ? sql`and a.region_id = (select id from regions where slug = ${filters.regionSlug})`
      : sql``,
    filters.sectionPath
      ? sql`and a.section_id in (select id from sections where path = ${filters.sectionPath} or path like ${`${filters.sectionPath}/%`})`
      : sql``,
  ];
  const joinArticles = filters.kind || filters.regionSlug || filters.sectionPath;
  const cursorSql = after
    ? sql`where (score, article_id) < (${after.score}::float8, ${after.articleId}::int)`
    : sql``;

  const matchesSql = sql`from translation_search s
      ${joinArticles ? sql`join articles a on a.id = s.article_id` : sql``}
      where s.locale = ${locale} and s.document @@ ${tsquery} ${sql.join(filterSql, sql` `)}`;

  // The page and the count run side by side (on two connections of a pool): the count reads
  // every match, the page only the newest MAX_RANKED, so the count must not hold the page up.
  // 1. candidates: the edition's newest MAX_RANKED matches, in one of two ways the planner
  //    weighs: for a word in most articles, walking the edition newest first and stopping at
  //    MAX_RANKED matches; for a rarer one, the GIN index's matches sorted by publication time.
  //    Only row addresses travel on, as a match's document may be stored inline in its row;
  // 2. they are ranked (ts_rank reads each document, fetched again by its row address);
  // 3. in score order, those that are still what readers see (published revision) fill one page,
  //    so only the page's rows are checked against translations.
  const pageQuery = sql<PageRow>`
    with candidates as (
      select s.ctid as row_address, s.article_id, s.revision_id, s.published_at
      ${matchesSql}
      order by s.published_at desc, s.article_id desc
      limit ${MAX_RANKED}
    ),
    ranked as (
      select c.article_id, c.revision_id, c.published_at,
        ln(greatest(ts_rank(s.document, ${tsquery}, ${RANK_NORMALIZATION}), 1e-9))
          + extract(epoch from c.published_at)::float8 * ${RECENCY_PER_SECOND}::float8 as score
      from candidates c
      join translation_search s on s.ctid = c.row_address
    ),
    page as (
      -- The inner order lets the planner check translations row by row in score order and stop.
      select * from (select * from ranked ${cursorSql} order by score desc, article_id desc) c
      where exists (
        select from translations t
        where t.article_id = c.article_id and t.locale = ${locale}
          and t.status = 'published' and t.published_revision_id = c.revision_id
      )
      order by score desc, article_id desc
      limit ${first + 1}
    )
    select p.article_id, p.score, p.published_at, r.title, r.summary, r.body,
      tsvector_to_array(to_tsvector(${config}::regconfig, ${wantedWords(parsed.text)})) as lexemes
    from page p join revisions r on r.id = p.revision_id
    order by p.score desc, p.article_id desc`.execute(db);
  const countQuery = sql<{ total: string }>`select count(*)::text as total ${matchesSql}`.execute(db);
  // The snippets are built while the count runs on: only the count reads every match, and for
  // a word in most articles it takes longer than the page, so nothing else waits for it.
  const [{ rows, hits }, counted] = await Promise.all([
    pageQuery.then(async ({ rows }) => ({
      rows,
      hits: rows.length === 0 ? [] : await pageHits(db, locale, parsed.text, tsquery, rows.slice(0, first)),
    })),
    countQuery,
  ]);

  if (rows.length === 0) {
    // No match, or a query of words too common to index ("the", "de la"): tell them apart.
    const { nodes } = await sql<{ nodes: number }>`select numnode(${tsquery}) as nodes`
      .execute(db)
      .then((result) => result.rows[0] ?? { nodes: 0 });
    return emptyResult(
      Number(nodes) === 0 ? "NO_SEARCHABLE_TERMS" : parsed.truncated ? "QUERY_TRUNCATED" : null,
    );
  }
  return {
    notice: parsed.truncated ? "QUERY_TRUNCATED" : null,
    hits,
    totalCount: Number(counted.rows[0]?.total ?? 0),
    hasNextPage: rows.length > first,
    endCursor: hits.at(-1)?.cursor ?? null,
  };
}

interface PageRow {
  article_id: number;
  score: number;
  published_at: Date;
  title: string;
  summary: string;
  body: BodyBlock[];
  lexemes: string[];
}

/** The page's hits: titles and snippets of the texts as written, with the query's words marked. */
async function pageHits(
  db: Kysely<Database>,
  locale: Locale,
  queryText: string,
  tsquery: RawBuilder<unknown>,
  pageRows: readonly PageRow[],
): Promise<SearchHit[]> {
  // The index's forms of the wanted words: where the snippet window opens (see snippetWindow).
  const lexemes = pageRows[0]?.lexemes ?? [];
  const anyLexeme = anyLexemeQuery(lexemes);
  const texts = pageRows.map((row) => {
    const title = scrubMarks(row.title);
    const text = scrubMarks(
      `${row.summary}\n\n${searchableBody(row.body)}`.slice(0, MAX_SNIPPET_SOURCE_CHARS),
    );
    return {
      title,
      text,
      normalizedTitle: normalizeWithOffsets(title, locale),
      normalizedText: normalizeWithOffsets(text, locale),
    };
  });
  const headlines = await headlinesOf(
    db,
    locale,
    anyLexeme === null ? tsquery : sql`${anyLexeme}::tsquery`,
    texts.map((t) => ({
      title: t.normalizedTitle?.text ?? "",
      body: t.normalizedText ? snippetWindow(t.normalizedText.text, queryText, lexemes) : "",
    })),
  );

  return pageRows.map((row, index): SearchHit => {
    const t = texts[index]!;
    const headline = headlines[index];
    const title = headline && t.normalizedTitle && mapHeadline(headline.title, t.title, t.normalizedTitle);
    const snippet = headline && t.normalizedText && mapHeadline(headline.snippet, t.text, t.normalizedText);
    return {
      articleId: row.article_id,
      locale,
      title: title || [{ text: t.title, match: false }],
      snippet: snippet || leadingWords(t.text),
      publishedAt: new Date(row.published_at),
      cursor: encodeCursor({ score: row.score, articleId: row.article_id }),
    };
  });
}

/**
 * ts_headline over the normalised form of each text (only there do the words
 * match the query), in one round trip for the whole page; mapHeadline then
 * carries the marks back to the original text. `marked`: what to mark (see
 * anyLexemeQuery).
 */
async function headlinesOf(
  db: Kysely<Database>,
  locale: Locale,
  marked: RawBuilder<unknown>,
  documents: ReadonlyArray<{ title: string; body: string }>,
): Promise<Array<{ title: string; snippet: string } | undefined>> {
  const config = LOCALE_CONFIG[locale].searchConfig;
  const json = JSON.stringify(documents.map((document, i) => ({ i, ...document })));
  const { rows } = await sql<{ i: number; title: string; snippet: string }>`
    select d.i,
      ts_headline(${config}::regconfig, d.title, ${marked}, ${TITLE_OPTIONS}) as title,
      ts_headline(${config}::regconfig, d.body, ${marked}, ${SNIPPET_OPTIONS}) as snippet
    from json_to_recordset(${json}::json) as d(i int, title text, body text)`.execute(db);
  const byIndex: Array<{ title: string; snippet: string } | undefined> = [];
  for (const row of rows) byIndex[row.i] = { title: row.title, snippet: row.snippet };
  return byIndex;
}

/** The fallback snippet when highlighting cannot be mapped: the text's first words, unmarked. */
function leadingWords(text: string): TextRun[] {
  const words = text.split(/\s+/u).filter(Boolean);
  const lead = words.slice(0, 30).join(" ");
  return [{ text: words.length > 30 ? `${lead} …` : lead, match: false }];
}

function emptyResult(notice: SearchNotice | null): SearchResult {
  return { notice, hits: [], totalCount: 0, hasNextPage: false, endCursor: null };
}

interface SearchCursor {
  score: number;
  articleId: number;
}

function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.score, cursor.articleId])).toString("base64url");
}

function decodeCursor(cursor: string): SearchCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "number" &&
      Number.isFinite(value[0]) &&
      Number.isSafeInteger(value[1]) &&
      value[1] > 0 &&
      value[1] <= 2_147_483_647
    ) {
      return { score: value[0], articleId: value[1] };
    }
  } catch {
    // fall through: malformed base64 or JSON
  }
  throw new InvalidSearchCursorError();
}
