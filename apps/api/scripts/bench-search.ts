import { cpus, loadavg } from "node:os";
import { connect } from "@sahifa/db/connect";
import type { Database } from "@sahifa/db/database";
import { migrateToLatest } from "@sahifa/db/migrate";
import { publishRevisions } from "@sahifa/db/publication/published-columns";
import { searchEdition } from "@sahifa/db/search";
import { syncSearchIndex } from "@sahifa/db/search/document";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { ARTICLE_KINDS, flattenSections, REGIONS } from "@sahifa/domain/taxonomy";
import { type Kysely, sql } from "kysely";

/**
 * `pnpm bench:search`: p50/p99 of `searchEdition` (ranked query + highlighted
 * snippets, one page of 20) on a synthetic corpus of at least 100,000
 * published translations on the real PostgreSQL, in its own schema
 * (`bench_search`, kept between runs: a second run reuses the corpus).
 *
 * The corpus is made of pseudo-words per language with a Zipf-like frequency,
 * so queries range from words in most articles to words in a handful; Arabic
 * text carries diacritics and variant letter forms, Spanish text accents, as
 * real text does, and queries are typed without them.
 */

const DATABASE_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const SCHEMA = "bench_search";
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 42_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 600);
const BATCH = 1_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same corpus. */
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

const SYLLABLES: Record<Locale, string[]> = {
  en: "ba be bi bo ca co da de di do fa fe ga go ha he ka la le li lo ma me mi mo na ne no pa pe po ra re ri ro sa se si so ta te ti to va ve wa we ya yo".split(
    " ",
  ),
  es: "ba be bi bo ca ce ci co cu da de di do fa fe ga go gu ja je la le li lo lu ma me mi mo mu na ne ni no ña pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi ya yo zá ción mó tí".split(
    " ",
  ),
  ar: "با بي بو تا تي سا سي سو دا دي را ري رو ما مي مو نا ني نو لا لي لو كا كي قا قي فا في عا عي حا حي جا جي ها هي وا وي يا يو ة ى أ إ آ".split(
    " ",
  ),
};

/** VOCABULARY words per language; word i is drawn with probability ∝ 1/(i+1). */
const VOCABULARY = 20_000;

function vocabulary(locale: Locale): string[] {
  const next = random(locale.charCodeAt(0) * 7919 + locale.charCodeAt(1));
  const syllables = SYLLABLES[locale];
  const words = new Set<string>();
  while (words.size < VOCABULARY) {
    const length = 2 + Math.floor(next() * 3);
    let word = "";
    for (let i = 0; i < length; i++) word += syllables[Math.floor(next() * syllables.length)];
    // Arabic letters that only end words (ة ى) must not start one; hamza seats start words.
    if (locale === "ar") word = word.replace(/^[ةى]+/u, "").replace(/[ةى](?=.)/gu, "ا");
    if (word.length >= 3) words.add(word);
  }
  return [...words];
}

/** Cumulative Zipf weights for sampling by binary search. */
function zipfSampler(size: number, next: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) {
    total += 1 / (i + 1);
    cumulative[i] = total;
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const TASHKEEL = ["\u064E", "\u064F", "\u0650", "\u0651", "\u0652"];

function writer(locale: Locale, words: string[], seed: number) {
  const next = random(seed);
  const pick = zipfSampler(words.length, next);
  const word = () => {
    const w = words[pick()]!;
    // A share of Arabic words carry tashkeel, as quoted or carefully edited text does.
    if (locale === "ar" && next() < 0.1)
      return [...w].map((c) => c + TASHKEEL[Math.floor(next() * 5)]).join("");
    return w;
  };
  const sentence = (n: number) => {
    const parts = Array.from({ length: n }, word);
    return `${parts.join(" ")}.`;
  };
  return { sentence, next };
}

async function insertCorpus(db: Kysely<Database>): Promise<number> {
  const sections = flattenSections();
  const sectionIds: number[] = [];
  for (const [position, s] of sections.entries()) {
    const parent = s.parentPath ? sections.findIndex((p) => p.path === s.parentPath) : -1;
    const row = await db
      .insertInto("sections")
      .values({
        path: s.path,
        slug: s.definition.slug,
        parent_id: parent >= 0 ? sectionIds[parent]! : null,
        position,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    sectionIds.push(row.id);
  }
  const regionIds: number[] = [];
  for (const [position, region] of REGIONS.entries()) {
    const row = await db
      .insertInto("regions")
      .values({ slug: region.slug, position })
      .returning("id")
      .executeTakeFirstOrThrow();
    regionIds.push(row.id);
  }

  const vocab = Object.fromEntries(LOCALES.map((l) => [l, vocabulary(l)])) as Record<Locale, string[]>;
  const writers = Object.fromEntries(LOCALES.map((l, i) => [l, writer(l, vocab[l], 1_000 + i)])) as Record<
    Locale,
    ReturnType<typeof writer>
  >;
  const next = random(42);
  const start = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2026, 10, 24) - start;
  let translations = 0;

  for (let offset = 0; offset < ARTICLES; offset += BATCH) {
    const count = Math.min(BATCH, ARTICLES - offset);
    const articles = await db
      .insertInto("articles")
      .values(
        Array.from({ length: count }, () => ({
          kind: ARTICLE_KINDS[Math.floor(next() * ARTICLE_KINDS.length)]!,
          section_id: sectionIds[Math.floor(next() * sectionIds.length)]!,
          region_id: regionIds[Math.floor(next() * regionIds.length)]!,
          dossier_id: null,
          original_locale: "en" as const,
          source_name: null,
          lead_media_id: null,
          created_by: null,
        })),
      )
      .returning("id")
      .execute();
    const planned: Array<{ articleId: number; locale: Locale; at: Date }> = [];
    for (const { id } of articles) {
      const at = new Date(start + next() * span);
      for (const locale of LOCALES)
        if (locale === "en" || next() < 0.76) planned.push({ articleId: id, locale, at });
    }
    const revisions = await db
      .insertInto("revisions")
      .values(
        planned.map(({ articleId, locale }) => {
          const w = writers[locale];
          const body: BodyBlock[] = Array.from({ length: 5 }, () => ({
            type: "paragraph",
            content: [{ text: `${w.sentence(14)} ${w.sentence(12)} ${w.sentence(14)}` }],
          }));
          return {
            article_id: articleId,
            locale,
            title: w.sentence(8).slice(0, -1),
            slug: `a-${articleId}-${locale}`,
            summary: w.sentence(22),
            body: JSON.stringify(body),
          };
        }),
      )
      .returning(["id", "article_id", "locale"])
      .execute();
    await db
      .insertInto("translations")
      .values(
        revisions.map((r) => ({
          article_id: r.article_id,
          locale: r.locale,
          status: "draft" as const,
          head_revision_id: r.id,
        })),
      )
      .execute();
    await publishRevisions(
      db,
      revisions.map((r, i) => ({
        articleId: r.article_id,
        locale: r.locale,
        revisionId: r.id,
        publishedAt: planned[i]!.at,
      })),
    );
    translations += revisions.length;
    process.stdout.write(`\r  corpus: ${translations} translations`);
  }
  process.stdout.write("\n");
  return translations;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Queries as readers type them: one to three words, frequent to rare, without diacritics or accents. */
function queries(): Array<{ locale: Locale; query: string; kind: string }> {
  const next = random(7);
  const out: Array<{ locale: Locale; query: string; kind: string }> = [];
  const strip = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "");
  const vocab = Object.fromEntries(LOCALES.map((l) => [l, vocabulary(l)])) as Record<Locale, string[]>;
  for (let i = 0; i < QUERIES; i++) {
    const locale = LOCALES[i % LOCALES.length]!;
    const words = vocab[locale];
    const band = i % 4;
    // Ranks: 0 = the commonest words (in most articles), 3 = rare ones.
    const rank = () => Math.floor([0, 30, 300, 3_000][band]! + next() * [30, 270, 2_700, 15_000][band]!);
    const terms = 1 + Math.floor(next() * 2);
    const query = Array.from({ length: terms }, () => strip(words[rank()]!)).join(" ");
    out.push({ locale, query, kind: ["common", "frequent", "medium", "rare"][band]! });
  }
  return out;
}

async function main() {
  const connection = await connect({ databaseUrl: DATABASE_URL, schema: SCHEMA, poolSize: 4 });
  const { db } = connection;
  try {
    await sql`create schema if not exists ${sql.id(SCHEMA)}`.execute(db);
    await migrateToLatest(db);
    const existing = Number(
      (
        await db
          .selectFrom("translations")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    if (existing < 100_000) {
      console.log(`Building the corpus in schema ${SCHEMA} (${ARTICLES} articles)…`);
      await sql`truncate articles, sections, regions restart identity cascade`.execute(db);
      const started = performance.now();
      await insertCorpus(db);
      const indexing = performance.now();
      const indexed = await syncSearchIndex(db, 2_000);
      console.log(
        `  indexed ${indexed} documents in ${((performance.now() - indexing) / 1000).toFixed(1)} s (corpus ${((indexing - started) / 1000).toFixed(1)} s)`,
      );
      await sql`vacuum analyze`.execute(db);
    } else {
      console.log(`Reusing the corpus in schema ${SCHEMA}.`);
      await syncSearchIndex(db, 2_000);
      // A migration or a normaliser change may have rewritten documents: time the table as autovacuum would leave it.
      await sql`vacuum analyze translation_search`.execute(db);
    }
    const counts = await sql<{ locale: string; n: string }>`
      select locale, count(*)::text as n from translation_search group by locale order by locale`.execute(db);
    const total = counts.rows.reduce((sum, row) => sum + Number(row.n), 0);
    console.log(`Search documents: ${total} (${counts.rows.map((r) => `${r.locale} ${r.n}`).join(", ")})`);

    const list = queries();
    const [loadBefore] = loadavg();
    // Warm-up: the first queries load the GIN index pages into the buffer cache.
    for (const q of list.slice(0, 30)) await searchEdition(db, { locale: q.locale, query: q.query });
    const timings: Record<string, number[]> = { all: [] };
    const hitCounts: number[] = [];
    for (const q of list) {
      const started = performance.now();
      const result = await searchEdition(db, { locale: q.locale, query: q.query, first: 20 });
      const ms = performance.now() - started;
      timings.all!.push(ms);
      timings[q.kind] = [...(timings[q.kind] ?? []), ms];
      hitCounts.push(result.totalCount);
    }
    const [loadAfter] = loadavg();
    console.log(
      `\n${list.length} searches (page of 20 with highlighted snippets), one at a time; load average ${loadBefore?.toFixed(1)} before, ${loadAfter?.toFixed(1)} after, on ${cpus().length} CPUs:`,
    );
    for (const [kind, values] of Object.entries(timings)) {
      const sorted = [...values].sort((a, b) => a - b);
      console.log(
        `  ${kind.padEnd(9)} p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms   p99 ${percentile(sorted, 99).toFixed(1).padStart(6)} ms   (n=${values.length})`,
      );
    }
    const sortedHits = [...hitCounts].sort((a, b) => a - b);
    console.log(
      `  matches per query: median ${percentile(sortedHits, 50)}, p99 ${percentile(sortedHits, 99)}, max ${sortedHits.at(-1)}`,
    );
    const p50 = percentile(
      [...timings.all!].sort((a, b) => a - b),
      50,
    );
    console.log(`\nTarget p50 ≤ 20 ms: ${p50 <= 20 ? "met" : "NOT met"} (${p50.toFixed(1)} ms)`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
