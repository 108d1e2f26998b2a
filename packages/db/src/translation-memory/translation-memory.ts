import { normalizeForSearch } from "@sahifa/domain/arabic";
import { type BodyBlock, blockText } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import { findUntranslatedBlocks } from "@sahifa/domain/untranslated";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { memoryBands } from "./memory-bands.ts";

/**
 * The translation memory (docs/architecture/074-translation-memory.md): each
 * published translation adds its block pairs (source block text → published
 * target block, inline marks included) per language pair; a lookup returns the
 * closest source texts by trigram similarity on their search form, so Arabic
 * spelling variants meet (normalizeForSearch).
 */

/** Blocks of prose whose text a translator reuses; media, related boxes and empty blocks are not memory. */
const MEMORY_TYPES: ReadonlySet<BodyBlock["type"]> = new Set(["paragraph", "heading", "quote", "list"]);

/** Similarity below this is noise (pg_trgm's own default threshold). */
export const MIN_SIMILARITY = 0.3;

export interface MemoryPair {
  sourceLocale: Locale;
  targetLocale: Locale;
}

/** The block pairs of a published translation worth remembering: aligned, translated, with text. */
export function memorySegments(
  source: readonly BodyBlock[],
  target: readonly BodyBlock[],
  targetLocale: Locale,
): Array<{ sourceText: string; target: BodyBlock }> {
  const untranslated = new Set(findUntranslatedBlocks(source, target, targetLocale).map((b) => b.blockIndex));
  return source.flatMap((block, index) => {
    const translated = target[index];
    if (!translated || translated.type !== block.type || !MEMORY_TYPES.has(block.type)) return [];
    if (untranslated.has(index)) return [];
    const sourceText = blockText(block).trim();
    if (sourceText === "" || blockText(translated).trim() === "") return [];
    return [{ sourceText, target: translated }];
  });
}

/** Adds a published translation's segments (duplicates of a pair and text are kept once). */
export async function recordSegments(
  db: Kysely<Database>,
  pair: MemoryPair,
  segments: ReadonlyArray<{ sourceText: string; target: BodyBlock }>,
  origin: { articleId: number | null; targetRevisionId: number | null },
): Promise<void> {
  if (segments.length === 0) return;
  await db
    .insertInto("tm_segments")
    .values(
      segments.map((segment) => {
        const norm = normalizeForSearch(segment.sourceText, pair.sourceLocale);
        return {
          source_locale: pair.sourceLocale,
          target_locale: pair.targetLocale,
          source_text: segment.sourceText,
          source_norm: norm,
          bands: memoryBands(norm),
          target_block: JSON.stringify(segment.target),
          article_id: origin.articleId,
          target_revision_id: origin.targetRevisionId,
        };
      }),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export interface MemoryMatch {
  /** 100 for the same text (after normalisation), else the trigram similarity in percent. */
  percent: number;
  kind: "exact" | "fuzzy";
  sourceText: string;
  /** The published block, marks and links included, to insert as it is. */
  target: BodyBlock;
  articleId: number | null;
}

/** The best memory matches for a source text in a language pair, best first. */
export async function findMemoryMatches(
  db: Kysely<Database>,
  pair: MemoryPair,
  sourceText: string,
  limit = 5,
): Promise<MemoryMatch[]> {
  const query = normalizeForSearch(sourceText, pair.sourceLocale);
  if (query === "") return [];
  // Candidates share a MinHash band (GIN on the array); trigram similarity ranks them.
  const bands = memoryBands(query);
  if (bands.length === 0) return [];
  const rows = await sql<{
    source_text: string;
    source_norm: string;
    target_block: BodyBlock;
    article_id: number | null;
    score: number;
  }>`select source_text, source_norm, target_block, article_id,
        public.similarity(source_norm, ${query}) as score
      from tm_segments
      where bands && ${sql.val(bands)}::integer[]
        and source_locale = ${pair.sourceLocale} and target_locale = ${pair.targetLocale}
      order by score desc, id desc
      limit ${Math.min(Math.max(limit, 1), 20)}`.execute(db);
  return rows.rows
    .filter((row) => Number(row.score) >= MIN_SIMILARITY)
    .map((row) => {
      const exact = row.source_norm === query;
      return {
        percent: exact ? 100 : Math.min(99, Math.round(Number(row.score) * 100)),
        kind: exact ? "exact" : "fuzzy",
        sourceText: row.source_text,
        target: typeof row.target_block === "string" ? JSON.parse(row.target_block) : row.target_block,
        articleId: row.article_id,
      };
    });
}
