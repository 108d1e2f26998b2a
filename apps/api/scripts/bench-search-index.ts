import type { Database } from "@sahifa/db/database";
import { refreshSearchDocuments, searchableBody } from "@sahifa/db/search/document";
import { normalizeForSearch, searchWordAlternatives } from "@sahifa/domain/arabic";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, LOCALES, type Locale } from "@sahifa/domain/locales";
import { SEARCH_NORMALIZER_VERSION } from "@sahifa/domain/search-word-forms";
import { type Kysely, sql } from "kysely";

/**
 * Search documents for the benchmark corpus, written set-based: the product's
 * indexer (syncSearchIndex) normalises every revision in JavaScript, which takes
 * more than an hour for two million translations. The corpus's texts are one
 * template per edition with the article's number in it, so the normalised
 * template is computed once here and the number put in by SQL. A random sample
 * is then rebuilt by the product's indexer and must come out identical, or
 * the benchmark stops.
 */

const CHUNK_ARTICLES = 50_000;

/** The text split around every occurrence of the article's number, for `array_to_string(parts, id)`. */
function templateOf(text: string, articleId: number): string[] {
  return text.split(String(articleId));
}

interface EditionTemplate {
  locale: Locale;
  title: string[];
  summary: string[];
  body: string;
  alternatives: string[];
}

async function editionTemplate(db: Kysely<Database>, locale: Locale): Promise<EditionTemplate | null> {
  // A four-digit number, so it cannot be mistaken for a digit of the template's own words.
  const row = await db
    .selectFrom("translations as t")
    .innerJoin("revisions as r", "r.id", "t.published_revision_id")
    .select(["t.article_id", "r.title", "r.summary", "r.body"])
    .where("t.locale", "=", locale)
    .where("t.status", "=", "published")
    .where("t.article_id", ">=", 1000)
    .orderBy("t.article_id")
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const body = searchableBody(row.body as BodyBlock[]);
  const normalize = (text: string) => normalizeForSearch(text, locale);
  const alternatives = [row.title, row.summary, body.slice(0, 200_000)].flatMap((text) =>
    searchWordAlternatives(text, locale),
  );
  return {
    locale,
    title: templateOf(normalize(row.title), row.article_id),
    summary: templateOf(normalize(row.summary), row.article_id),
    body: normalize(body.slice(0, 200_000)),
    alternatives: templateOf(alternatives.join(" "), row.article_id),
  };
}

function progress(label: string, done: number, total: number, started: number) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const line = `${label} ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${Math.round((100 * done) / total)} %, ${seconds} s)`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}${done === total ? "\n" : ""}`);
  else if (done === total || done % (CHUNK_ARTICLES * 4) === 0) console.log(line);
}

/** Indexes every published translation of the corpus that has no document yet, then checks a sample against the product's indexer. */
export async function indexBenchCorpus(db: Kysely<Database>, sampleSize = 200): Promise<void> {
  const { rows } = await sql<{ max: number | null }>`select max(id) as max from articles`.execute(db);
  const maxId = rows[0]?.max ?? 0;
  for (const locale of LOCALES) {
    const template = await editionTemplate(db, locale);
    if (!template) continue;
    const config = LOCALE_CONFIG[locale].searchConfig;
    const started = Date.now();
    for (let from = 1; from <= maxId; from += CHUNK_ARTICLES) {
      const to = Math.min(maxId, from + CHUNK_ARTICLES - 1);
      await sql`insert into translation_search (article_id, locale, revision_id, published_at, document, normalizer_version)
        select t.article_id, t.locale, t.published_revision_id, coalesce(t.first_published_at, t.published_at, now()),
          setweight(to_tsvector(${config}::regconfig, array_to_string(${template.title}::text[], t.article_id::text)), 'A')
          || setweight(to_tsvector(${config}::regconfig, array_to_string(${template.summary}::text[], t.article_id::text)), 'B')
          || b.vector
          || setweight(to_tsvector(${config}::regconfig, array_to_string(${template.alternatives}::text[], t.article_id::text)), 'D'),
          ${SEARCH_NORMALIZER_VERSION}
        from translations t
        cross join (select setweight(to_tsvector(${config}::regconfig, ${template.body}), 'C') as vector) b
        where t.locale = ${locale} and t.status = 'published' and t.published_revision_id is not null
          and t.article_id between ${from} and ${to}
        on conflict (article_id, locale) do nothing`.execute(db);
      progress(`search index (${locale})`, to, maxId, started);
    }
  }
  await verifySample(db, sampleSize);
}

/** Rebuilds a random sample with the product's indexer; any difference means the shortcut is wrong. */
async function verifySample(db: Kysely<Database>, sampleSize: number): Promise<void> {
  const { rows: sample } = await sql<{ article_id: number; locale: Locale; document: string }>`
    select article_id, locale, document::text as document from translation_search tablesample bernoulli (1)
    limit ${sampleSize}`.execute(db);
  await refreshSearchDocuments(
    db,
    sample.map((row) => ({ articleId: row.article_id, locale: row.locale })),
  );
  const { rows: rebuilt } = await sql<{ article_id: number; locale: Locale; document: string }>`
    select s.article_id, s.locale, s.document::text as document from translation_search s
    join unnest(${sample.map((row) => row.article_id)}::int[], ${sample.map((row) => row.locale)}::text[]) k(article_id, locale)
      on k.article_id = s.article_id and k.locale = s.locale`.execute(db);
  const before = new Map(sample.map((row) => [`${row.article_id}/${row.locale}`, row.document]));
  for (const row of rebuilt) {
    if (before.get(`${row.article_id}/${row.locale}`) !== row.document)
      throw new Error(
        `bench search index: article ${row.article_id} (${row.locale}) differs from the product's indexer`,
      );
  }
  console.log(`search index: ${rebuilt.length} sampled documents identical to the product's indexer`);
}
