import { type BodyBlock, blockText } from "./blocks.ts";

/**
 * Block-level diff of two bodies, for "what changed in the source since this
 * translation was made" and "compare two revisions" in the desk.
 *
 * Blocks that are identical (same type, same content, key order ignored) are
 * aligned by a longest common subsequence, so an inserted or removed block does
 * not make every later block look changed. Between two aligned blocks, the
 * remaining blocks of the two sides are paired as "changed" when they have the
 * same type and similar text (or when exactly one block of that type was
 * replaced by one of the same type); the rest are "removed" and "added".
 */

export type BlockDiffEntry =
  | { kind: "unchanged"; beforeIndex: number; afterIndex: number; before: BodyBlock; after: BodyBlock }
  | { kind: "changed"; beforeIndex: number; afterIndex: number; before: BodyBlock; after: BodyBlock }
  | { kind: "removed"; beforeIndex: number; before: BodyBlock }
  | { kind: "added"; afterIndex: number; after: BodyBlock };

export type BlockDiffKind = BlockDiffEntry["kind"];

/** Two blocks of one type whose word overlap (Dice coefficient) reaches this are the same block edited. */
export const CHANGED_BLOCK_MIN_SIMILARITY = 0.3;

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice coefficient over the two texts' word multisets: 1 identical, 0 nothing shared. */
export function textSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of wa) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of wb) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

/** Longest common subsequence of two key lists, as index pairs in order. */
function lcsPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/**
 * Diffs the blocks between two aligned anchors. Pairs are chosen by a small
 * alignment that maximises total similarity and keeps order on both sides.
 */
function diffGap(
  before: readonly BodyBlock[],
  beforeStart: number,
  beforeEnd: number,
  after: readonly BodyBlock[],
  afterStart: number,
  afterEnd: number,
): BlockDiffEntry[] {
  const n = beforeEnd - beforeStart;
  const m = afterEnd - afterStart;
  const oneForOne = n === 1 && m === 1;
  const score = (i: number, j: number): number => {
    const a = before[beforeStart + i] as BodyBlock;
    const b = after[afterStart + j] as BodyBlock;
    if (a.type !== b.type) return 0;
    const similarity = textSimilarity(blockText(a), blockText(b));
    if (similarity >= CHANGED_BLOCK_MIN_SIMILARITY) return similarity;
    // One block replaced by one of the same type is an edit, however heavy.
    return oneForOne ? CHANGED_BLOCK_MIN_SIMILARITY : 0;
  };
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(i, j);
      const pair = s > 0 ? s + (best[(i + 1) * width + j + 1] ?? 0) : 0;
      best[i * width + j] = Math.max(pair, best[(i + 1) * width + j] ?? 0, best[i * width + j + 1] ?? 0);
    }
  }
  const entries: BlockDiffEntry[] = [];
  let i = 0;
  let j = 0;
  const removed = (k: number): BlockDiffEntry => ({
    kind: "removed",
    beforeIndex: beforeStart + k,
    before: before[beforeStart + k] as BodyBlock,
  });
  const added = (k: number): BlockDiffEntry => ({
    kind: "added",
    afterIndex: afterStart + k,
    after: after[afterStart + k] as BodyBlock,
  });
  while (i < n && j < m) {
    const here = best[i * width + j] ?? 0;
    const s = score(i, j);
    if (s > 0 && here === s + (best[(i + 1) * width + j + 1] ?? 0)) {
      entries.push({
        kind: "changed",
        beforeIndex: beforeStart + i,
        afterIndex: afterStart + j,
        before: before[beforeStart + i] as BodyBlock,
        after: after[afterStart + j] as BodyBlock,
      });
      i++;
      j++;
    } else if (here === (best[(i + 1) * width + j] ?? 0)) {
      entries.push(removed(i++));
    } else {
      entries.push(added(j++));
    }
  }
  while (i < n) entries.push(removed(i++));
  while (j < m) entries.push(added(j++));
  return entries;
}

/**
 * The entries in reading order: every block of `before` appears once as
 * unchanged, changed or removed, every block of `after` once as unchanged,
 * changed or added; removals stand where the block used to be.
 */
export function diffBlocks(before: readonly BodyBlock[], after: readonly BodyBlock[]): BlockDiffEntry[] {
  const anchors = lcsPairs(before.map(canonical), after.map(canonical));
  const entries: BlockDiffEntry[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [before.length, after.length] as [number, number]]) {
    entries.push(...diffGap(before, i, ai, after, j, bj));
    if (ai < before.length && bj < after.length) {
      entries.push({
        kind: "unchanged",
        beforeIndex: ai,
        afterIndex: bj,
        before: before[ai] as BodyBlock,
        after: after[bj] as BodyBlock,
      });
    }
    i = ai + 1;
    j = bj + 1;
  }
  return entries;
}

/** Counts per kind, for a one-line summary ("3 changed, 1 added"). */
export function summarizeBlockDiff(entries: readonly BlockDiffEntry[]): Record<BlockDiffKind, number> {
  const summary: Record<BlockDiffKind, number> = { unchanged: 0, changed: 0, removed: 0, added: 0 };
  for (const entry of entries) summary[entry.kind] += 1;
  return summary;
}

/** Whether anything differs between the two bodies. */
export function hasBlockChanges(entries: readonly BlockDiffEntry[]): boolean {
  return entries.some((entry) => entry.kind !== "unchanged");
}
