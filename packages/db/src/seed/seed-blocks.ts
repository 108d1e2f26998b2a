import type { InlineRun } from "@sahifa/domain/blocks";
import type { SeedBlock } from "./seed-types.ts";

/**
 * Shorthands for writing demo bodies by hand: `p("Text ", b("bold"), " ",
 * link("site", "https://…"))` reads closer to the story than nested objects.
 */

type Run = string | InlineRun;

const run = (value: Run): InlineRun => (typeof value === "string" ? { text: value } : value);

export const b = (text: string): InlineRun => ({ text, marks: ["bold"] });
export const i = (text: string): InlineRun => ({ text, marks: ["italic"] });
export const link = (text: string, href: string): InlineRun => ({ text, href });

export const p = (...runs: Run[]): SeedBlock => ({ type: "paragraph", content: runs.map(run) });
export const h = (text: string): SeedBlock => ({ type: "heading", level: 2, text });
export const quote = (text: string, attribution: string): SeedBlock => ({ type: "quote", text, attribution });
export const list = (...items: Run[]): SeedBlock => ({
  type: "list",
  ordered: false,
  items: items.map((item) => [run(item)]),
});
export const related = (...articles: string[]): SeedBlock => ({ type: "related", articles });
export const image = (media: string, caption?: string): SeedBlock =>
  caption ? { type: "image", media, caption } : { type: "image", media };
