import type { BlockType, BodyBlock, InlineRun } from "@sahifa/domain/blocks";
import { moveItem } from "./ordering.ts";
import { joinRuns, runsLength } from "./rich-text/inline-runs.ts";

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
  return moveItem(body, index, delta);
}

/**
 * The paragraph at `index` split where the cursor was: `before` stays, `after` becomes the
 * next paragraph. Unchanged when the block is not a paragraph.
 */
export function splitParagraph(
  body: readonly BodyBlock[],
  index: number,
  before: InlineRun[],
  after: InlineRun[],
): BodyBlock[] {
  if (body[index]?.type !== "paragraph") return [...body];
  const next = body.with(index, { type: "paragraph", content: before });
  return insertBlock(next, index + 1, { type: "paragraph", content: after });
}

/**
 * The paragraph at `index` joined onto the paragraph before it, with the offset in the joined
 * text where the two met (the cursor's place); null when the block before is not a paragraph.
 */
export function joinWithPrevious(
  body: readonly BodyBlock[],
  index: number,
): { body: BodyBlock[]; caret: number } | null {
  const previous = body[index - 1];
  const current = body[index];
  if (index < 1 || previous?.type !== "paragraph" || current?.type !== "paragraph") return null;
  const joined: BodyBlock = { type: "paragraph", content: joinRuns(previous.content, current.content) };
  return { body: removeBlock(body.with(index - 1, joined), index), caret: runsLength(previous.content) };
}

/** "12, 40 7" → [12, 40, 7]: the related block's article numbers, each once. */
export function parseArticleIds(text: string): number[] {
  const ids = text
    .split(/[\s,،]+/)
    .map((part) => Number(part))
    .filter((id) => Number.isSafeInteger(id) && id > 0);
  return [...new Set(ids)];
}
