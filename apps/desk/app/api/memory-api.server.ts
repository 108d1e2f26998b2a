import { graphql } from "@sahifa/api-client/graphql";
import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import { type DeskCaller, requestAs } from "./client.server.ts";

const MemoryQuery = graphql(`
  query DeskTranslationMemory($articleId: ID!, $locale: Locale!, $block: Int!) {
    translationMemory(articleId: $articleId, locale: $locale, blockIndex: $block, first: 3) {
      percent
      kind
      sourceText
      target
    }
  }
`);

export interface MemoryMatchView {
  percent: number;
  kind: "exact" | "fuzzy";
  sourceText: string;
  /** The published block, marks and links included. */
  target: BodyBlock;
}

/** The translation memory's best matches for one source block (docs/architecture/074). */
export async function loadMemoryMatches(
  caller: DeskCaller,
  articleId: number,
  locale: Locale,
  blockIndex: number,
): Promise<MemoryMatchView[]> {
  const data = await requestAs(caller, MemoryQuery, {
    articleId: String(articleId),
    locale,
    block: blockIndex,
  });
  // The API validated the block when it was published: it is the domain's block.
  return data.translationMemory.map((match) => ({ ...match, target: match.target as BodyBlock }));
}
