/**
 * Article bodies are structured blocks, never HTML: the editions render each
 * block with a React component, so a body cannot carry markup or script.
 * The validator for untrusted input lives in ./block-validation.ts.
 */

export const INLINE_MARKS = ["bold", "italic"] as const;
export type InlineMark = (typeof INLINE_MARKS)[number];

/** A run of text; with `href` it is a link (http(s) or site-relative only). */
export interface InlineRun {
  text: string;
  marks?: InlineMark[];
  href?: string;
}

export interface ParagraphBlock {
  type: "paragraph";
  content: InlineRun[];
}

export interface HeadingBlock {
  type: "heading";
  level: 2 | 3;
  text: string;
}

export interface QuoteBlock {
  type: "quote";
  text: string;
  /** Who said it, in the translation's language. */
  attribution?: string;
}

export interface ListBlock {
  type: "list";
  ordered: boolean;
  items: InlineRun[][];
}

/** An image from the media library; caption/alt come from the media's localized text unless overridden. */
export interface ImageBlock {
  type: "image";
  mediaId: number;
  caption?: string;
}

export interface GalleryBlock {
  type: "gallery";
  items: Array<{ mediaId: number; caption?: string }>;
}

export interface VideoBlock {
  type: "video";
  /** http(s) or site-relative URL of the video file or player. */
  url: string;
  title: string;
  /** A video of the media library: readers get its file, poster and caption tracks from there. */
  mediaId?: number;
  posterMediaId?: number;
  durationSeconds?: number;
}

/** The inline "Related News" box: links to other articles, shown when published in the reader's edition. */
export interface RelatedBlock {
  type: "related";
  articleIds: number[];
}

export type BodyBlock =
  | ParagraphBlock
  | HeadingBlock
  | QuoteBlock
  | ListBlock
  | ImageBlock
  | GalleryBlock
  | VideoBlock
  | RelatedBlock;

export type BlockType = BodyBlock["type"];

export const BLOCK_TYPES: readonly BlockType[] = [
  "paragraph",
  "heading",
  "quote",
  "list",
  "image",
  "gallery",
  "video",
  "related",
];

/** Plain text of a block, for read time, search documents and diffs. */
export function blockText(block: BodyBlock): string {
  switch (block.type) {
    case "paragraph":
      return block.content.map((run) => run.text).join("");
    case "heading":
      return block.text;
    case "quote":
      return block.attribution ? `${block.text} ${block.attribution}` : block.text;
    case "list":
      return block.items.map((item) => item.map((run) => run.text).join("")).join("\n");
    case "image":
      return block.caption ?? "";
    case "gallery":
      return block.items.map((item) => item.caption ?? "").join("\n");
    case "video":
      return block.title;
    case "related":
      return "";
  }
}

export function bodyText(blocks: readonly BodyBlock[]): string {
  return blocks
    .map(blockText)
    .filter((text) => text.length > 0)
    .join("\n\n");
}
