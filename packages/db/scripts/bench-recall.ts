import { normalizeForSearch, searchWordAlternatives } from "@sahifa/domain/arabic";
import { LOCALE_CONFIG, LOCALES } from "@sahifa/domain/locales";
import { sql } from "kysely";
import { connect } from "../src/connect.ts";
import { RECALL_SET, STOP_WORD_SET } from "../src/search/recall-set.ts";
import { parseSearchQuery } from "../src/search/search-query.ts";

/**
 * `pnpm bench:recall`: recall and precision of search on our own word set (recall-set.ts), run
 * through the pipeline search uses: each form indexed as a document (normalizeForSearch and
 * searchWordAlternatives, then to_tsvector with the edition's configuration) and typed as a query (parseSearchQuery, then
 * websearch_to_tsquery). Recall: of the ordered pairs of different forms in one group, the share
 * where the query finds the document. Precision: of all pairs of different forms where the
 * query finds the document, the share that belong to one word (groups that share a form are one
 * word). RECALL_VERBOSE=1 lists the misses and the wrong matches. Stop words: the share that
 * leave nothing to search for. On PGlite in memory, or on DATABASE_URL when it is set.
 */

interface PairCounts {
  pairs: number;
  found: number;
}

const connection = await connect({ databaseUrl: process.env.DATABASE_URL, dataDir: "memory://" });
const { db } = connection;
const percent = (part: number, whole: number) =>
  whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`;

const { rows: versionRows } = await sql<{ version: string }>`select version()`.execute(db);
console.log(`${versionRows[0]?.version.split(" on ")[0]}\n`);
console.log("| edition | family | groups | pairs | recall |");
console.log("| --- | --- | ---: | ---: | ---: |");
const summary: string[] = [];

for (const locale of LOCALES) {
  const config = LOCALE_CONFIG[locale].searchConfig;
  const groups = RECALL_SET[locale];
  const forms = [...new Set(groups.flatMap((group) => group.forms))];
  const index = new Map(forms.map((form, i) => [form, i]));
  const documents = forms.map((form) => normalizeForSearch(form, locale));
  // As documentOf builds a document: the words, then their second forms.
  const alternatives = forms.map((form) => searchWordAlternatives(form, locale).join(" "));
  const queries = forms.map((form) => {
    const parsed = parseSearchQuery(form, locale);
    return parsed.kind === "terms" ? parsed.text : "";
  });
  const { rows } = await sql<{ d: string; q: string }>`
    with d as (
      select i, to_tsvector(${config}::regconfig, text) || to_tsvector(${config}::regconfig, alternative) as vector
      from unnest(${documents}::text[], ${alternatives}::text[]) with ordinality as x(text, alternative, i)
    ), q as (
      select j, websearch_to_tsquery(${config}::regconfig, text) as query
      from unnest(${queries}::text[]) with ordinality as y(text, j) where text <> ''
    )
    select d.i::text as d, q.j::text as q from d join q on d.vector @@ q.query where d.i <> q.j`.execute(db);
  const matches = new Set(rows.map((row) => `${Number(row.q) - 1}:${Number(row.d) - 1}`));

  // Groups sharing a form are one word ("هيئة" in its definite and its plural group).
  const word = forms.map((_, i) => i);
  const root = (i: number): number => (word[i] === i ? i : root(word[i]!));
  for (const group of groups) {
    for (const form of group.forms) word[root(index.get(form)!)] = root(index.get(group.forms[0]!)!);
  }
  const misses: string[] = [];
  const byFamily = new Map<string, PairCounts & { groups: number }>();
  for (const group of groups) {
    const counts = byFamily.get(group.family) ?? { groups: 0, pairs: 0, found: 0 };
    counts.groups++;
    for (const query of group.forms) {
      for (const document of group.forms) {
        if (query === document) continue;
        const key = `${index.get(query)}:${index.get(document)}`;
        counts.pairs++;
        if (matches.has(key)) counts.found++;
        else misses.push(`${query} ↛ ${document}`);
      }
    }
    byFamily.set(group.family, counts);
  }
  const all = { pairs: 0, found: 0 };
  for (const [family, counts] of byFamily) {
    console.log(
      `| ${locale} | ${family} | ${counts.groups} | ${counts.pairs} | ${percent(counts.found, counts.pairs)} |`,
    );
    all.pairs += counts.pairs;
    all.found += counts.found;
  }
  const wrong = [...matches].filter((key) => {
    const [query, document] = key.split(":").map(Number);
    return root(query!) !== root(document!);
  });
  const relevant = matches.size - wrong.length;
  if (process.env.RECALL_VERBOSE) {
    console.log(`\n${locale} misses: ${misses.join(", ")}`);
    const pairs = wrong.map((key) =>
      key
        .split(":")
        .map((i) => forms[Number(i)])
        .join(" → "),
    );
    console.log(`${locale} wrong matches: ${pairs.join(", ")}\n`);
  }
  const stopWords = STOP_WORD_SET[locale];
  const { rows: stopRows } = await sql<{ blocked: string }>`
    select count(*)::text as blocked from unnest(${stopWords.map((word) => {
      const parsed = parseSearchQuery(word, locale);
      return parsed.kind === "terms" ? parsed.text : "";
    })}::text[]) as s(text)
    where numnode(websearch_to_tsquery(${config}::regconfig, text)) = 0`.execute(db);
  summary.push(
    `| ${locale} | ${forms.length} | ${percent(all.found, all.pairs)} | ${percent(relevant, matches.size)} (${matches.size - relevant} of ${matches.size} pairs wrong) | ${stopRows[0]?.blocked}/${stopWords.length} |`,
  );
}

console.log("\n| edition | forms | recall (all families) | precision | stop words left unsearched |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const line of summary) console.log(line);
await connection.close();
