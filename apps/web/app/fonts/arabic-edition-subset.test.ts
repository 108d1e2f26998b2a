import { readFileSync } from "node:fs";
import { resources } from "@sahifa/i18n/resources";
import { describe, expect, it } from "vitest";
import { ARABIC_EDITION_RANGES, arabicEditionUnicodeRange } from "./arabic-edition-characters.ts";
import { SUBSET_FILE, subsetArabicEditionFont } from "./arabic-edition-subset.ts";

const inSubset = (code: number) =>
  ARABIC_EDITION_RANGES.some(([first, last]) => code >= first && code <= last);

/** Every string of a message catalogue, however deeply nested. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("the Arabic edition's font subset", () => {
  it("is the file the script makes from the listed characters (run `pnpm fonts:arabic` after changing them)", async () => {
    const committed = readFileSync(SUBSET_FILE);
    expect(Buffer.compare(await subsetArabicEditionFont(), committed)).toBe(0);
  }, 60_000);

  it("is declared for exactly those characters", () => {
    const css = readFileSync(new URL("../styles/arabic-edition-font.css", import.meta.url), "utf8");
    const declared = /unicode-range:([^;]+);/.exec(css)?.[1]?.replace(/\s+/g, " ").trim();
    expect(declared).toBe(arabicEditionUnicodeRange());
  });

  it("covers every Arabic letter and mark of the Arabic message catalogue", () => {
    const arabic = new Set<string>();
    for (const text of strings(resources.ar))
      for (const character of text) if (/\p{Script=Arabic}/u.test(character)) arabic.add(character);
    expect(arabic.size).toBeGreaterThan(30);
    const missing = [...arabic].filter((character) => !inSubset(character.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});
