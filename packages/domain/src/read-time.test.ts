import { describe, expect, it } from "vitest";
import type { BodyBlock } from "./blocks.ts";
import { LOCALE_CONFIG } from "./locales.ts";
import { countWords, readTimeMinutes } from "./read-time.ts";

const words = (word: string, count: number) => Array.from({ length: count }, () => word).join(" ");

describe("countWords", () => {
  it("counts words in all three languages and ignores lone punctuation", () => {
    expect(countWords("The river library opens — again.")).toBe(5);
    expect(countWords("¿Qué pasa en Málaga? ¡Llueve!")).toBe(5);
    expect(countWords("افتتحت المكتبة العائمة أبوابها من جديد ، في الصباح")).toBe(8);
    expect(countWords("   ")).toBe(0);
  });
});

describe("readTimeMinutes", () => {
  it("is at least one minute", () => {
    expect(readTimeMinutes("", "en")).toBe(1);
    expect(readTimeMinutes("Hola.", "es")).toBe(1);
  });

  it("uses each edition's reading speed", () => {
    const arabicWpm = LOCALE_CONFIG.ar.wordsPerMinute;
    expect(readTimeMinutes(words("كلمة", arabicWpm * 5), "ar")).toBe(5);
    expect(readTimeMinutes(words("palabra", LOCALE_CONFIG.es.wordsPerMinute * 3), "es")).toBe(3);
    // The same number of words takes longer in Arabic than in English.
    const text = words("word", 1200);
    expect(readTimeMinutes(text, "ar")).toBeGreaterThan(readTimeMinutes(text, "en"));
  });

  it("reads the text of body blocks", () => {
    const wpm = LOCALE_CONFIG.en.wordsPerMinute;
    const body: BodyBlock[] = [
      { type: "heading", level: 2, text: words("heading", 10) },
      { type: "paragraph", content: [{ text: words("plain", wpm) }, { text: " linked", href: "/en/news" }] },
      { type: "image", mediaId: 1 },
      { type: "list", ordered: false, items: [[{ text: words("item", wpm) }]] },
    ];
    expect(readTimeMinutes(body, "en")).toBe(2);
  });
});
