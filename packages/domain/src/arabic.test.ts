import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeForSearch, stripArabicDiacritics, toWesternDigits } from "./arabic.ts";

describe("normalizeArabic", () => {
  it("removes tashkeel, including shadda, sukun and superscript alef", () => {
    expect(normalizeArabic("مَدْرَسَةٌ")).toBe("مدرسه");
    expect(normalizeArabic("الرَّحْمٰن")).toBe("الرحمن");
    expect(normalizeArabic("هٰذا")).toBe("هذا");
  });

  it("removes tatweel", () => {
    expect(normalizeArabic("أخبــــار")).toBe("اخبار");
  });

  it("unifies the alef forms", () => {
    for (const word of ["أحمد", "إحمد", "آحمد", "ٱحمد", "احمد"]) expect(normalizeArabic(word)).toBe("احمد");
  });

  it("drops hamza on waw and ya, folds alef maqsura and taa marbuta", () => {
    expect(normalizeArabic("مؤتمر")).toBe("موتمر");
    expect(normalizeArabic("رئيس")).toBe("رييس");
    expect(normalizeArabic("مستشفى")).toBe("مستشفي");
    expect(normalizeArabic("مكتبة")).toBe("مكتبه");
  });

  it("keeps words as written apart from their letters (the article and plural are the stemmer's)", () => {
    expect(normalizeArabic("والانتخاباتِ بالحكومةِ")).toBe("والانتخابات بالحكومه");
  });

  it("makes spelling variants of one phrase identical", () => {
    const variants = ["الإمارات العربية", "الامارات العربيه", "الإِمَارَات العَرَبِيَّة", "الإمـارات العربيـة"];
    const forms = new Set(variants.map(normalizeArabic));
    expect(forms.size).toBe(1);
  });

  it("folds decomposed hamza and presentation forms like their composed letters", () => {
    expect(normalizeArabic("\u0627\u0654\u0645\u0644")).toBe(normalizeArabic("أمل"));
    expect(normalizeArabic("\uFEFB")).toBe("لا");
  });

  it("turns Arabic-Indic and Persian digits into Western digits", () => {
    expect(normalizeArabic("عام ٢٠٢٦")).toBe("عام 2026");
    expect(toWesternDigits("۱۲۳")).toBe("123");
  });

  it("leaves Latin text alone", () => {
    expect(normalizeArabic("Málaga 2026")).toBe("Málaga 2026");
  });
});

describe("stripArabicDiacritics", () => {
  it("keeps hamza seats and taa marbuta (only marks and tatweel go)", () => {
    expect(stripArabicDiacritics("مُؤْتَمَرُ القِمَّــةِ")).toBe("مؤتمر القمة");
  });
});

describe("normalizeForSearch", () => {
  it("gives every form of a word one index form, and drops function words", () => {
    expect(normalizeForSearch("الهيئةُ وهيئة بالهيئة في من على", "ar")).toBe("هيي هيي هيي");
    expect(normalizeForSearch("Ciudades, mujeres y luces", "es")).toBe("ciudad, mujer y luc");
    expect(normalizeForSearch("The women's buses", "en")).toBe("the woman's bus");
  });

  it("lets an Arabic query find every spelling of a document word", () => {
    const document = normalizeForSearch("افتتاح مكتبةٍ جديدةٍ في الإسكندرية", "ar");
    for (const query of ["مكتبه", "مكتبة", "الاسكندرية", "الإسكندريه", "جَدِيدَة"]) {
      expect(document).toContain(normalizeForSearch(query, "ar"));
    }
  });

  it("folds Spanish accents and case so 'accion' finds 'acción'", () => {
    expect(normalizeForSearch("Acción climática en Málaga", "es")).toBe("accion climatica en malaga");
    expect(normalizeForSearch("accion", "es")).toBe(normalizeForSearch("ACCIÓN", "es"));
    expect(normalizeForSearch("pingüino", "es")).toBe("pinguino");
    expect(normalizeForSearch("España", "es")).toBe("espana");
  });

  it("folds case and accents in English", () => {
    expect(normalizeForSearch("Café Culture in  Zürich ", "en")).toBe("cafe culture in zurich");
  });

  it("normalises mixed-script text the same way in every edition", () => {
    const mixed = "مؤتمر COP30 في Málaga";
    expect(normalizeForSearch(mixed, "ar")).toBe("موتمر cop30 malaga");
    expect(normalizeForSearch(mixed, "en")).toBe(normalizeForSearch(mixed, "ar"));
  });
});
