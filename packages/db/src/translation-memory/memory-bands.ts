/**
 * Locality-sensitive bands of a normalised text (MinHash over word shingles,
 * docs/architecture/074-translation-memory.md): texts that share most of their
 * words share at least one band with high probability, texts that share few
 * almost never do. The memory stores them in an indexed integer array, so a
 * lookup reads a handful of candidates instead of every row that shares a
 * common trigram, and ranks those by trigram similarity.
 */

const BANDS = 14;
const ROWS_PER_BAND = 2;
const HASHES = BANDS * ROWS_PER_BAND;

/** FNV-1a, 32 bits: fast, stable across runs and machines. */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Words and word pairs: pairs carry order, single words let short texts match.
 * Single short words ("the", "في", "de") are left out: every text has them.
 */
function shingles(text: string): string[] {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set(words.filter((word) => word.length > 3));
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return [...out];
}

export function memoryBands(normalized: string): number[] {
  const items = shingles(normalized);
  if (items.length === 0) return [];
  const minima = new Array<number>(HASHES).fill(0xffffffff);
  for (const item of items) {
    for (let h = 0; h < HASHES; h++) {
      const value = fnv1a(item, h * 0x9e3779b1);
      if (value < (minima[h] ?? 0xffffffff)) minima[h] = value;
    }
  }
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    const rows = minima.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND).join(":");
    // The band number goes into the hash so equal minima in different bands stay apart; Postgres integers are signed.
    bands.push(fnv1a(`${b}:${rows}`, 0) | 0);
  }
  return bands;
}
