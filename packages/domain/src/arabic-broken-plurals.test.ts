import { describe, expect, it } from "vitest";
import { ARABIC_BROKEN_PLURALS } from "./arabic-broken-plurals.ts";
import { normalizeArabic } from "./arabic-letters.ts";
import { ARABIC_STOP_WORDS, arabicLightStem, arabicPrepositionAlternative } from "./arabic-light-stem.ts";

const form = (word: string) => arabicLightStem(normalizeArabic(word));

describe("Arabic broken plurals", () => {
  it("meet their singular bare, definite and after و/ف", () => {
    for (const [plural, singular] of [
      ["أخبار", "خبر"],
      ["مدن", "مدينة"],
      ["دول", "دولة"],
      ["رؤساء", "الرئيس"],
      ["القضاة", "قاضي"],
      ["والأطفال", "طفل"],
      ["وأخبار", "الخبر"],
      ["فالمدن", "المدينة"],
    ] as const) {
      expect(form(plural), `${plural} / ${singular}`).toBe(form(singular));
    }
  });

  it("meet their singular after ب/ل/ك through a document's second form", () => {
    expect(arabicPrepositionAlternative(normalizeArabic("لمدن"))).toBe(form("مدينة"));
  });

  it("are folded, never a function word, never another entry's singular", () => {
    const singulars = new Set(ARABIC_BROKEN_PLURALS.values());
    for (const [plural, singular] of ARABIC_BROKEN_PLURALS) {
      expect(normalizeArabic(plural)).toBe(plural);
      expect(normalizeArabic(singular)).toBe(singular);
      expect(ARABIC_STOP_WORDS.has(plural), plural).toBe(false);
      expect(singulars.has(plural), plural).toBe(false);
    }
    expect(ARABIC_BROKEN_PLURALS.size).toBeGreaterThan(150);
  });

  it("leave words that only look like one alone", () => {
    expect(form("لبنان")).toBe("لبنان");
    expect(form("بيان")).toBe("بيان");
  });
});
