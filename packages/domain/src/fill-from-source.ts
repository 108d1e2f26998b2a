import type { TranslationContent } from "./article.ts";
import { type BodyBlock, blockText } from "./blocks.ts";
import type { Locale } from "./locales.ts";
import { slugify } from "./slug.ts";

/**
 * "Fill from source": the starting point of a new translation is a
 * copy of the source's blocks, machine-free. What it does:
 *
 * - Every block is kept, in order, with its type and structure: the translator
 *   replaces text in place and the desk aligns source and target block by block.
 * - Text (paragraph runs with their marks and links, headings, quotes and
 *   attributions, list items, caption overrides, video titles) is copied as it
 *   is in the source language: it is the text to be replaced, and
 *   `blocksToTranslate` says which blocks carry some.
 * - Media, video URLs, durations and related-article boxes are kept as they are:
 *   they are language-neutral. An image without a caption override shows the
 *   media library's caption in the target edition's language, so nothing is
 *   added there.
 * - Links are kept as written; a site-relative link to another article still
 *   resolves in the target edition (a wrong edition's slug redirects).
 * - The result shares nothing with the input: editing it never changes the source.
 */
export function fillFromSource(source: readonly BodyBlock[]): BodyBlock[] {
  return structuredClone([...source]);
}

/** Indices of the blocks that carry text a translator has to replace. */
export function blocksToTranslate(blocks: readonly BodyBlock[]): number[] {
  return blocks.flatMap((block, index) => (blockText(block).trim() === "" ? [] : [index]));
}

/**
 * A whole first draft for `targetLocale`: title, summary and SEO fields copied
 * as text to replace, body filled as above, and a slug valid in the target
 * edition made from the source title (the desk suggests a new one from the
 * translated title).
 */
export function fillTranslationFromSource(
  source: TranslationContent,
  targetLocale: Locale,
): TranslationContent {
  return {
    title: source.title,
    slug: slugify(source.title, targetLocale),
    summary: source.summary,
    body: fillFromSource(source.body),
    seoTitle: source.seoTitle ?? null,
    seoDescription: source.seoDescription ?? null,
  };
}
