import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MEDIA_DIR } from "../media-files.ts";
import { renderArtwork } from "./artwork.ts";
import { DEMO_ARTICLES, demoMediaCatalogue, GALLERY_IMAGE_SIZE, leadMediaKey } from "./demo-newsroom.ts";

describe("renderArtwork", () => {
  it("is deterministic per key and differs between keys", () => {
    expect(renderArtwork("lead-a", 1200, 675)).toBe(renderArtwork("lead-a", 1200, 675));
    expect(renderArtwork("lead-a", 1200, 675)).not.toBe(renderArtwork("lead-b", 1200, 675));
  });

  it("produces a standalone SVG of the requested size with no script or external reference", () => {
    const svg = renderArtwork("gallery-x", 1080, 1080);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080"')).toBe(true);
    expect(svg).not.toMatch(/<script|href=|on\w+=/i);
  });
});

describe("demo media catalogue", () => {
  const catalogue = demoMediaCatalogue();

  it("gives every article a lead image and every key one entry", () => {
    const keys = new Set(catalogue.map((m) => m.key));
    expect(keys.size).toBe(catalogue.length);
    for (const article of DEMO_ARTICLES) expect(keys.has(leadMediaKey(article)), article.key).toBe(true);
  });

  it("gives galleries 4–6 square images", () => {
    const galleries = DEMO_ARTICLES.filter((a) => a.kind === "gallery");
    expect(galleries.length).toBeGreaterThan(0);
    const byKey = new Map(catalogue.map((m) => [m.key, m]));
    for (const article of galleries) {
      const blocks = Object.values(article.translations).flatMap((t) => t?.body ?? []);
      for (const block of blocks.filter((b) => b.type === "gallery")) {
        if (block.type !== "gallery") continue;
        expect(block.items.length, article.key).toBeGreaterThanOrEqual(4);
        expect(block.items.length, article.key).toBeLessThanOrEqual(6);
        for (const item of block.items) {
          expect(byKey.get(item.media)?.width, item.media).toBe(GALLERY_IMAGE_SIZE.width);
        }
      }
    }
  });

  it("has localized alt text and caption for every image", () => {
    for (const media of catalogue) {
      for (const text of [media.alt, media.caption]) {
        expect(text.en.trim(), media.key).not.toBe("");
        expect(text.es.trim(), media.key).not.toBe("");
        expect(text.ar, media.key).toMatch(/\p{Script=Arabic}/u);
      }
    }
  });

  it("matches the committed files (run `pnpm --filter @sahifa/db artwork` after changing content)", () => {
    for (const media of catalogue) {
      const file = path.join(MEDIA_DIR, `${media.key}.svg`);
      let committed = "";
      try {
        committed = readFileSync(file, "utf8");
      } catch {
        committed = "(missing)";
      }
      expect(committed, file).toBe(renderArtwork(media.key, media.width, media.height));
    }
  });
});
