import { connect } from "@sahifa/db/connect";
import { migrateToLatest } from "@sahifa/db/migrate";
import { findMemoryMatches, recordSegments } from "@sahifa/db/translation-memory";
import { sql } from "kysely";

/**
 * `pnpm bench:tm`: p50/p95 of a translation-memory lookup (findMemoryMatches,
 * best 5 of one language pair) among SEGMENTS remembered segments (default
 * 200,000, en→es), on PostgreSQL in its own schema `bench_tm` (kept between
 * runs), or on PGlite with BENCH_PGLITE=1 (in memory, built every run).
 * Segments are news-like sentences of 14–38 words: function words and a
 * 30,000-word pseudo-vocabulary drawn with a Zipf-like frequency;
 * each query is a stored sentence with two words changed, as a lightly edited
 * source paragraph is.
 */

const SEGMENTS = Number(process.env.BENCH_SEGMENTS ?? 200_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const PGLITE = process.env.BENCH_PGLITE === "1";
const DATABASE_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const BATCH = 2_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same memory. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Short words that fill every news sentence, as in real text. */
const FUNCTION_WORDS =
  "the of and to in a on for with at by from that was is will said has have after over its their".split(" ");
const SYLLABLES =
  "ba be bi bo ca co da de di do fa fe ga go ha he ka la le li lo ma me mi mo na ne no pa pe po ra re ri ro sa se si so ta te ti to va ve wa we ya yo".split(
    " ",
  );
/** A content vocabulary of pseudo-words drawn with a Zipf-like frequency (word i ∝ 1/(i+1)). */
const VOCABULARY_SIZE = 30_000;

function vocabulary(next: () => number): string[] {
  const words = new Set<string>();
  while (words.size < VOCABULARY_SIZE) {
    const syllables = 2 + Math.floor(next() * 3);
    words.add(
      Array.from({ length: syllables }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(""),
    );
  }
  return [...words];
}

function zipf(next: () => number, size: number): number {
  // Inverse of the harmonic CDF, approximated by an exponential of a uniform draw.
  return Math.min(size - 1, Math.floor(Math.exp(next() * Math.log(size + 1)) - 1));
}

function sentence(next: () => number, words: readonly string[]): string {
  const length = 14 + Math.floor(next() * 24);
  const out = Array.from({ length }, () =>
    next() < 0.4
      ? (FUNCTION_WORDS[Math.floor(next() * FUNCTION_WORDS.length)] ?? "the")
      : (words[zipf(next, words.length)] ?? "news"),
  );
  out.splice(Math.floor(next() * length), 0, String(Math.floor(next() * 2_000)));
  const text = out.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main() {
  const connection = PGLITE
    ? await connect({ databaseUrl: "", dataDir: "memory://" })
    : await connect({ databaseUrl: DATABASE_URL, schema: "bench_tm" });
  const { db } = connection;
  if (!PGLITE) await sql`create schema if not exists bench_tm`.execute(db);
  await migrateToLatest(db);
  const pair = { sourceLocale: "en", targetLocale: "es" } as const;
  const existing = Number(
    (
      await db
        .selectFrom("tm_segments")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const next = random(2026);
  const words = vocabulary(next);
  const sources = Array.from({ length: SEGMENTS }, () => sentence(next, words));
  if (existing < SEGMENTS) {
    const started = performance.now();
    for (let from = existing; from < SEGMENTS; from += BATCH) {
      const batch = sources.slice(from, from + BATCH).map((sourceText, i) => ({
        sourceText,
        target: { type: "paragraph" as const, content: [{ text: `Traducción ${from + i}: ${sourceText}` }] },
      }));
      await recordSegments(db, pair, batch, { articleId: null, targetRevisionId: null });
    }
    await sql`analyze tm_segments`.execute(db);
    console.log(
      `built ${SEGMENTS - existing} segments in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const queries = Array.from({ length: QUERIES }, (_, i) => {
    const changed = (sources[Math.floor(next() * sources.length)] ?? "").split(" ");
    for (let k = 0; k < 2; k++) changed[1 + Math.floor(next() * (changed.length - 2))] = words[i] ?? "news";
    return changed.join(" ");
  });
  for (const query of queries.slice(0, 20)) await findMemoryMatches(db, pair, query);
  const timings: number[] = [];
  let matched = 0;
  for (const query of queries) {
    const started = performance.now();
    const matches = await findMemoryMatches(db, pair, query);
    timings.push(performance.now() - started);
    if (matches.length > 0) matched += 1;
  }
  timings.sort((a, b) => a - b);
  console.log(
    `translation memory lookup (${PGLITE ? "PGlite" : "PostgreSQL"}), ${SEGMENTS.toLocaleString("en")} segments, ${QUERIES} queries: p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms; ${matched}/${QUERIES} found a match (target p50 ≤ 20 ms)`,
  );
  await connection.close();
}

await main();
