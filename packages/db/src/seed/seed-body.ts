import type { BodyBlock } from "@sahifa/domain/blocks";
import type { SeedBlock } from "./seed-types.ts";

export interface KeyResolver {
  mediaId(key: string): number;
  articleId(key: string): number;
}

/** Turns a content file's blocks into stored BodyBlocks, resolving media and article keys to ids. */
export function resolveSeedBody(blocks: readonly SeedBlock[], resolve: KeyResolver): BodyBlock[] {
  return blocks.map((block): BodyBlock => {
    switch (block.type) {
      case "image":
        return {
          type: "image",
          mediaId: resolve.mediaId(block.media),
          ...(block.caption ? { caption: block.caption } : {}),
        };
      case "gallery":
        return {
          type: "gallery",
          items: block.items.map((item) => ({
            mediaId: resolve.mediaId(item.media),
            ...(item.caption ? { caption: item.caption } : {}),
          })),
        };
      case "video":
        return {
          type: "video",
          url: block.url,
          title: block.title,
          ...(block.poster ? { posterMediaId: resolve.mediaId(block.poster) } : {}),
          ...(block.durationSeconds ? { durationSeconds: block.durationSeconds } : {}),
        };
      case "related":
        return { type: "related", articleIds: block.articles.map((key) => resolve.articleId(key)) };
      default:
        return block;
    }
  });
}
