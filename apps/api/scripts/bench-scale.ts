import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { connect } from "@sahifa/db/connect";
import type { Database } from "@sahifa/db/database";
import { migrateToLatest } from "@sahifa/db/migrate";
import { refreshMostReadRollup } from "@sahifa/db/views/most-read-rollup";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { encodeCursor } from "../src/schema/cursor.ts";
import { createApp } from "../src/yoga.ts";
import { insertBenchCorpus } from "./bench-corpus.ts";
import { indexBenchCorpus } from "./bench-search-index.ts";
import type { SitemapFigures } from "./bench-sitemap.ts";

/**
 * `pnpm bench:scale`: the reader's API queries, paging, search, sitemap
 * generation and the reader statements' plans on synthetic corpora of
 * BENCH_SCALE_SIZES articles (default 10,000 and 1,000,000) in three editions
 * on PostgreSQL. In process (app.fetch), one request at a time: this measures
 * what the data size does to each query, not throughput (bench:api does that).
 */

const DATABASE_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const SIZES = (process.env.BENCH_SCALE_SIZES ?? "10000,1000000").split(",").map(Number);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
/** BENCH_SCALE_DROP=1 drops each corpus's schema after measuring it; by default it is kept for the next run. */
const DROP = process.env.BENCH_SCALE_DROP === "1";
/** BENCH_SCALE_PHASES picks what runs after the corpus is built (default all; empty: only build). */
const PHASES = new Set(
  (process.env.BENCH_SCALE_PHASES ?? "queries,sitemap,plans").split(",").filter((phase) => phase !== ""),
);

const ARTICLE = `query ($slug: String!, $locale: Locale!) {
  article(slug: $slug, locale: $locale) {
    id title summary url publishedAt section { label path } authors { name } tags { label }
    leadImage { url alt } body { __typename } translations { locale slug url }
  }
}`;
const FRONT = `query ($locale: Locale!) {
  edition(locale: $locale) {
    lead { id title url }
    sections { section { label url } articles { id title url authors { name } leadImage { url } } }
    mostRead { id title url }
  }
}`;
const SECTION_PAGE = `query ($after: String) {
  section(path: "news", locale: en) { articles(first: 20, after: $after) { edges { node { id title url } } } }
}`;
const SEARCH = `query ($q: String!) { search(query: $q, locale: en, first: 20) { totalCount hits { article { id title } } } }`;

interface Row {
  size: number;
  name: string;
  p50: number;
  p99: number;
}

async function timed(
  samples: number,
  run: (i: number) => Promise<void>,
): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 5; i++) await run(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2));
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * Builds (or finishes building) the corpus in its own schema, step by step, so a run that
 * stopped half-way picks up where it was: the million-article corpus takes a long time.
 */
async function buildCorpus(size: number, schema: string): Promise<void> {
  const admin = await connect({ databaseUrl: DATABASE_URL });
  await admin.db.schema.createSchema(schema).ifNotExists().execute();
  let connection = await connect({ databaseUrl: DATABASE_URL, schema });
  const started = Date.now();
  const step = (label: string) =>
    console.log(`corpus ${size}: ${label} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  try {
    await migrateToLatest(connection.db);
    const count = async (statement: ReturnType<typeof sql<{ n: string }>>) =>
      Number((await statement.execute(connection.db)).rows[0]?.n);
    const articles = await count(sql<{ n: string }>`select count(*)::text as n from articles`);
    if (articles !== size) {
      if (articles > 0) {
        await connection.close();
        await admin.db.schema.dropSchema(schema).cascade().execute();
        await admin.db.schema.createSchema(schema).execute();
        connection = await connect({ databaseUrl: DATABASE_URL, schema });
        await migrateToLatest(connection.db);
      }
      await insertBenchCorpus(connection.db, size);
      step("articles, translations, views");
    } else {
      step("reusing the articles");
    }
    const published = await count(
      sql<{ n: string }>`select count(*)::text as n from translations where status = 'published'`,
    );
    const indexed = await count(sql<{ n: string }>`select count(*)::text as n from translation_search`);
    if (indexed !== published) {
      await indexBenchCorpus(connection.db);
      step("search index");
      await sql`analyze`.execute(connection.db);
      step("analyzed");
    }
  } finally {
    await connection.close();
    await admin.close();
  }
}

/** Plans of every statement the reader queries send, flagged when one scans translations or revisions whole. */
async function explainReaderStatements(schema: string): Promise<string[]> {
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2, options: `-c search_path=${schema}` });
  const statements = new Map<string, readonly unknown[]>();
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === "query") statements.set(event.query.sql, event.query.parameters);
    },
  });
  const app = createApp({ db });
  const post = (query: string, variables: Record<string, unknown>) =>
    app.fetch("http://bench/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  await post(ARTICLE, { slug: "story-number-5", locale: "en" });
  await post(FRONT, { locale: "en" });
  await post(SECTION_PAGE, {});
  for (const path of ["/en/rss.xml", "/sitemap.xml", "/sitemaps/en-1.xml", "/sitemaps/news-en.xml"])
    await (await app.fetch(`http://bench/distribution${path}`)).text();
  const findings: string[] = [];
  for (const [text, parameters] of statements) {
    if (/^\s*(explain|begin|commit|select 1)/i.test(text)) continue;
    const { rows } = await pool.query(`explain ${text}`, parameters as unknown[]);
    const plan = rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n");
    const scans = [...plan.matchAll(/Seq Scan on (translations|revisions)\b/g)].map((m) => m[1]);
    findings.push(`${scans.length ? "SEQ SCAN" : "ok      "} ${text.replace(/\s+/g, " ").slice(0, 110)}`);
  }
  await db.destroy();
  return findings;
}

async function measureSize(size: number): Promise<Row[]> {
  const schema = `bench_scale_${size}`;
  await buildCorpus(size, schema);
  const connection = await connect({ databaseUrl: DATABASE_URL, schema, poolSize: 4 });
  const rows: Row[] = [];
  const add = (name: string, figures: { p50: number; p99: number }) => {
    rows.push({ size, name, ...figures });
    console.log(`${size}: ${name} p50 ${figures.p50} ms, p99 ${figures.p99} ms`);
  };
  try {
    const db = connection.db;
    if (PHASES.has("queries")) await measureQueries(db, size, add);
    if (PHASES.has("sitemap")) rows.push(await measureSitemap(size, schema));
  } finally {
    await connection.close();
  }
  if (PHASES.has("plans"))
    for (const line of await explainReaderStatements(schema)) console.log(`${size}: plan ${line}`);
  return rows;
}

async function measureQueries(
  db: Kysely<Database>,
  size: number,
  add: (name: string, figures: { p50: number; p99: number }) => void,
): Promise<void> {
  await refreshMostReadRollup(db, { now: new Date(), windowDays: 7, minIntervalMs: 0 });
  const app = createApp({ db });
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await app.fetch("http://bench/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { errors?: unknown };
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  };
  add(
    "article",
    await timed(SAMPLES, (i) =>
      post(ARTICLE, { slug: `story-number-${1 + ((i * 7919) % size)}`, locale: "en" }),
    ),
  );
  add(
    "front page",
    await timed(SAMPLES, (i) => post(FRONT, { locale: (["en", "ar", "es"] as const)[i % 3] })),
  );
  add("section page 1", await timed(SAMPLES, () => post(SECTION_PAGE, {})));
  // The cursor of page 1,000 (20 a page): the position of the 19,980th article of the section.
  const deep = await sql<{ published_at: string; article_id: number }>`
      select t.published_at::text as published_at, t.article_id from translations t join articles a on a.id = t.article_id
      join sections s on s.id = a.section_id
      where t.locale = 'en' and t.status = 'published' and (s.path = 'news' or s.path like 'news/%')
      order by t.published_at desc, t.article_id desc offset 19979 limit 1`.execute(db);
  const position = deep.rows[0];
  if (position) {
    const after = encodeCursor({ publishedAt: position.published_at, id: position.article_id });
    add("section page 1000", await timed(SAMPLES, () => post(SECTION_PAGE, { after })));
  } else {
    console.log(`${size}: the news section has fewer than 20,000 articles: no page 1,000`);
  }
  const words = ["story", "number", "lorem", "dolor", "amet"];
  add("search", await timed(SAMPLES, (i) => post(SEARCH, { q: `${words[i % words.length]} ${i % 97}` })));
}

/**
 * A whole edition's sitemap, every page of English streamed and discarded, in a child process
 * that does nothing else (scripts/bench-sitemap.ts): its peak resident size is what generating
 * the sitemap costs, not the rest of the bench's heap.
 */
async function measureSitemap(size: number, schema: string): Promise<Row> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(new URL("./bench-sitemap.ts", import.meta.url))],
    {
      env: {
        ...process.env,
        DATABASE_URL,
        BENCH_SITEMAP_SCHEMA: schema,
        BENCH_SITEMAP_PAGES: String(Math.ceil(size / 50_000)),
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`the sitemap child exited with ${code}`);
  const result = JSON.parse(output) as SitemapFigures;
  console.log(
    `${size}: English sitemap ${result.urls} URLs, ${(result.bytes / 1e6).toFixed(1)} MB in ${result.seconds.toFixed(1)} s; ` +
      `peak RSS ${mb(result.peakRss)} MB (start ${mb(result.startRss)} MB, ${mb(result.peakRss - result.startRss)} MB above); ` +
      `peak heap in use ${mb(result.peakHeapUsed)} MB; peak during page ${result.peakRssPage}`,
  );
  return {
    size,
    name: "sitemap (whole edition, s / MB above start)",
    p50: Number(result.seconds.toFixed(1)),
    p99: Math.round((result.peakRss - result.startRss) / 1e6),
  };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(0);

async function main() {
  console.log(
    `PostgreSQL ${DATABASE_URL.replace(/\/\/[^@]*@/, "//")}; ${SAMPLES} sequential requests per query, in process`,
  );
  const rows: Row[] = [];
  for (const size of SIZES) {
    rows.push(...(await measureSize(size)));
    if (DROP) {
      const admin = await connect({ databaseUrl: DATABASE_URL });
      await admin.db.schema.dropSchema(`bench_scale_${size}`).ifExists().cascade().execute();
      await admin.close();
    }
  }
  console.log("\nquery                                  size        p50 ms   p99 ms");
  for (const row of rows)
    console.log(
      `${row.name.padEnd(38)} ${String(row.size).padStart(9)} ${String(row.p50).padStart(9)} ${String(row.p99).padStart(8)}`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
