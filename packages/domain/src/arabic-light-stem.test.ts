import { describe, expect, it } from "vitest";
import { normalizeArabic } from "./arabic.ts";
import { ARABIC_STOP_WORDS, arabicLightStem, arabicPrepositionAlternative } from "./arabic-light-stem.ts";

const stem = (word: string) => arabicLightStem(normalizeArabic(word));

/** Every form in a group must stem alike. */
function expectOneStem(forms: readonly string[]) {
  const stems = new Set(forms.map(stem));
  expect(stems.size, `${forms.join(" ")} → ${[...stems].join(" ")}`).toBe(1);
}

describe("arabicLightStem", () => {
  it.each([
    [
      "هيئة",
      "الهيئة",
      "والهيئة",
      "بالهيئة",
      "للهيئة",
      "كالهيئة",
      "فالهيئة",
      "وبالهيئة",
      "وللهيئة",
      "هيئات",
      "الهيئات",
    ],
    ["إنترنت", "الإنترنت", "بالإنترنت", "للإنترنت", "والإنترنت"],
    ["موازنة", "الموازنة", "بالموازنة", "موازنات", "الموازنات", "والموازنات"],
    ["حكومة", "الحكومة", "الحكومه", "حكومه", "حكومات", "والحكومة", "فالحكومة"],
    ["انتخاب", "انتخابات", "الانتخابات", "بالانتخابات", "للانتخابات", "والانتخابات"],
    ["مهندس", "مهندسة", "مهندسون", "مهندسين", "المهندسين", "مهندسات", "المهندسات"],
    ["فلسطيني", "الفلسطيني", "فلسطينية", "فلسطينيون", "الفلسطينيين", "فلسطينيات"],
    ["مستشفى", "المستشفى", "مستشفيات", "المستشفيات"],
    ["قوة", "القوة", "قوات", "القوات"],
    ["وزارة", "الوزارة", "والوزارة", "وزارات"],
    ["وطني", "الوطني", "وطنية", "الوطنية"],
  ])("%s: bare, definite, prefixed, plural and feminine forms meet", (...forms) => {
    expectOneStem(forms);
  });

  it("keeps words that only look prefixed or suffixed apart", () => {
    expect(stem("الله")).not.toBe(stem("له"));
    expect(stem("لبنان")).not.toBe(stem("لبن"));
    expect(stem("مات")).toBe("مات");
    expect(stem("ذات")).toBe("ذات");
    expect(stem("وقت")).toBe("وقت");
    expect(stem("بيان")).not.toBe(stem("كيان"));
  });

  it("lists function words as normalizeArabic leaves them, or they would never be met", () => {
    for (const word of ARABIC_STOP_WORDS) expect(normalizeArabic(word), word).toBe(word);
    expect(stem("هؤلاء")).toBe("");
    expect(stem("أولئك")).toBe("");
  });

  it.each(["في", "من", "على", "إلى", "عن", "التي", "الذي", "وفي", "ومن", "فقد", "وكان", "هذه"])(
    "%s is a function word: nothing to index",
    (word) => {
      expect(stem(word)).toBe("");
    },
  );
});

describe("arabicPrepositionAlternative", () => {
  it("gives the form a word would have without ب, ل or ك", () => {
    expect(arabicPrepositionAlternative(normalizeArabic("بهيئة"))).toBe(stem("هيئة"));
    expect(arabicPrepositionAlternative(normalizeArabic("لموازنات"))).toBe(stem("موازنة"));
    expect(arabicPrepositionAlternative(normalizeArabic("كشركة"))).toBe(stem("شركة"));
  });

  it("gives none for the article, short words and other letters", () => {
    for (const word of ["بالهيئة", "للهيئة", "كالهيئة", "بيت", "بلد", "هيئة", "وهيئة"]) {
      expect(arabicPrepositionAlternative(normalizeArabic(word)), word).toBeNull();
    }
  });
});
