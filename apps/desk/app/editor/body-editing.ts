import type { BlockType, BodyBlock } from "@sahifa/domain/blocks";

/*
 * Structural edits of an original's body: add, remove and move blocks. Pure functions over
 * the domain's blocks, so the block editor's buttons and their tests share one definition.
 */

/** A new, empty block of `type`; image-bearing blocks start on `mediaId` (null: none to offer). */
export function emptyBlock(type: BlockType, mediaId: number | null): BodyBlock | null {
  switch (type) {
    case "paragraph":
      return { type, content: [{ text: "" }] };
    case "heading":
      return { type, level: 2, text: "" };
    case "quote":
      return { type, text: "" };
    case "list":
      return { type, ordered: false, items: [[{ text: "" }]] };
    case "image":
      return mediaId === null ? null : { type, mediaId };
    case "gallery":
      return mediaId === null ? null : { type, items: [{ mediaId }] };
    case "video":
      return { type, url: "", title: "" };
    case "related":
      return { type, articleIds: [] };
  }
}

/** `body` with `block` inserted at `index` (the end when past it). */
export function insertBlock(body: readonly BodyBlock[], index: number, block: BodyBlock): BodyBlock[] {
  const at = Math.max(0, Math.min(index, body.length));
  return [...body.slice(0, at), block, ...body.slice(at)];
}

export function removeBlock(body: readonly BodyBlock[], index: number): BodyBlock[] {
  return body.filter((_, i) => i !== index);
}

/** `body` with the block at `index` moved by `delta` places; unchanged at either end. */
export function moveBlock(body: readonly BodyBlock[], index: number, delta: -1 | 1): BodyBlock[] {
  const to = index + delta;
  const block = body[index];
  const other = body[to];
  if (!block || !other) return [...body];
  const next = [...body];
  next[to] = block;
  next[index] = other;
  return next;
}

/** "12, 40 7" → [12, 40, 7]: the related block's article numbers, each once. */
export function parseArticleIds(text: string): number[] {
  const ids = text
    .split(/[\s,،]+/)
    .map((part) => Number(part))
    .filter((id) => Number.isSafeInteger(id) && id > 0);
  return [...new Set(ids)];
}
