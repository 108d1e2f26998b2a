import { normalizeForSearch } from "@sahifa/domain/arabic";
import { describe, expect, it } from "vitest";
import { FRAGMENT_MARK, mapHeadline, START_MARK, STOP_MARK } from "./highlight.ts";
import { type NormalizedText, normalizeWithOffsets } from "./normalized-text.ts";

/** The stretch of the original that a word of the normalised text comes from. */
function sourceOf(word: string, original: string, normalized: NormalizedText): string {
  const at = normalized.text.indexOf(word);
  return original.slice(normalized.starts[at], normalized.ends[at + word.length - 1]);
}

describe("normalizeWithOffsets", () => {
  it.each([
    ["ar", "أوّلَ مَكْتَبَةٍ  عامّة\nفي المدينـــة"],
    ["es", "La  sequía   afectó a los niños  "],
    ["en", "  Café ﬁnale: Ünïcödé\t\ttext "],
    // Hamza and shadda as marks, guillemets, presentation forms, Eastern digits, every alef.
    ["ar", "هٔذا «الكتابُ» ـــ مُعَلِّمٌ ﻻ ئ ٠١٢ أإآٱ ىة"],
    // Plurals in ات, short words that keep it, marks on the ت.
    ["ar", "الانتخاباتِ، وانتخابات «قرارات»/مفاوضات مات ذات ومات قواتٌ سياراتـــ ﻻفتات"],
    // و before the article, with marks and tatweel, next to a plural; root-وال words.
    ["ar", "وَالحُكومةُ والـانتخاباتِ «والمعارضة» والدُه والدتها والي والٍ ووالحكومة"],
    // Function words alone, in quotes and after و; prefixed forms with marks.
    ["ar", "في «في» وفي، مِنَ بالهيئةِ للإِنترنت كالموازنة"],
    ["es", "Ciudades, LUCES; veces antes quienes"],
    ["en", "Women’s children crises of the buses"],
    // Final sigma, decomposed accents, spacing accents NFKC turns into a space and a mark.
    ["en", "ΟΔΟΣ ΣΟΦΟΣ naïve e\u0301te ´accent ¨ İstanbul ǅemal … “quoted” €5 ½"],
    // Hangul jamo that compose, a decomposed tilde, characters outside the BMP.
    ["es", "ᄀ\u1161 가 Ñandú PINGÜINO a\u0303o ¿qué? ¡sí! 😀 𝐀lpha"],
  ] as const)("gives exactly normalizeForSearch for %s", (locale, original) => {
    const normalized = normalizeWithOffsets(original, locale);
    expect(normalized?.text).toBe(normalizeForSearch(original, locale));
    expect(normalized?.starts).toHaveLength(normalized!.text.length);
  });

  it("points every normalised character back at its source", () => {
    const original = "أوّلَ مَكْتَبَةٍ";
    const normalized = normalizeWithOffsets(original, "ar")!;
    expect(normalized.text).toBe("اول مكتب");
    expect(sourceOf("مكتب", original, normalized)).toBe("مَكْتَبَةٍ");
  });

  it("maps a word whose article or plural ending was cut onto the word as written", () => {
    const original = "نتائجُ الانتخاباتِ، ومفاوضات وَالحكومةُ بالهيئة";
    const normalized = normalizeWithOffsets(original, "ar")!;
    expect(normalized.text).toBe("نتيج انتخاب، مفاوض حكوم هيي");
    const source = (word: string) => sourceOf(word, original, normalized);
    expect(source("انتخاب")).toBe("الانتخاباتِ");
    expect(source("مفاوض")).toBe("ومفاوضات");
    expect(source("حكوم")).toBe("وَالحكومةُ");
    expect(source("هيي")).toBe("بالهيئة");
  });

  it("remembers a word's form per edition: the same text gives each edition its own form", () => {
    const text = "Ciudades women";
    for (let round = 0; round < 2; round++) {
      expect(normalizeWithOffsets(text, "es")?.text).toBe(normalizeForSearch(text, "es"));
      expect(normalizeWithOffsets(text, "en")?.text).toBe(normalizeForSearch(text, "en"));
    }
    expect(normalizeForSearch(text, "es")).not.toBe(normalizeForSearch(text, "en"));
  });

  it("leaves nothing for a function word, and maps Spanish and English singulars", () => {
    const arabic = normalizeWithOffsets("قال في المدينة", "ar")!;
    expect(arabic.text).toBe("قال مدين");
    expect(sourceOf("مدين", "قال في المدينة", arabic)).toBe("المدينة");
    const spanish = normalizeWithOffsets("Las ciudades y las mujeres", "es")!;
    expect(spanish.text).toBe("las ciudad y las mujer");
    expect(sourceOf("mujer", "Las ciudades y las mujeres", spanish)).toBe("mujeres");
    const english = normalizeWithOffsets("Children's buses", "en")!;
    expect(english.text).toBe("child's bus");
    expect(sourceOf("bus", "Children's buses", english)).toBe("buses");
  });
});

describe("mapHeadline", () => {
  it("carries marks and fragments back to the original text", () => {
    const original =
      "El riego por goteo llegó tarde. Tras la tercera sequía, el río bajó; la sequía volvió a marzo.";
    const normalized = normalizeWithOffsets(original, "es")!;
    const headline = `goteo llego tarde. tras la tercera ${START_MARK}sequia${STOP_MARK}, el rio${FRAGMENT_MARK}la ${START_MARK}sequia${STOP_MARK} volvio`;
    expect(mapHeadline(headline, original, normalized)).toEqual([
      { text: "… goteo llegó tarde. Tras la tercera ", match: false },
      { text: "sequía", match: true },
      { text: ", el río … la ", match: false },
      { text: "sequía", match: true },
      { text: " volvió …", match: false },
    ]);
  });

  it("highlights a whole plural, whether the match ends the fragment or not", () => {
    const original = "أُعلنت نتائجُ الانتخاباتِ البلدية والمفاوضات";
    const normalized = normalizeWithOffsets(original, "ar")!;
    const headline = `نتيج ${START_MARK}انتخاب${STOP_MARK} بلدي ${START_MARK}مفاوض${STOP_MARK}`;
    expect(mapHeadline(headline, original, normalized)).toEqual([
      { text: "… نتائجُ ", match: false },
      { text: "الانتخاباتِ", match: true },
      { text: " البلدية ", match: false },
      { text: "والمفاوضات", match: true },
    ]);
  });

  it("highlights a broken plural whole when its singular was searched", () => {
    const original = "تراجعت أسعارُ النفط في الأسواقِ";
    const normalized = normalizeWithOffsets(original, "ar")!;
    expect(normalized.text).toBe("تراجعت سعر نفط سوق");
    const headline = `تراجعت ${START_MARK}سعر${STOP_MARK} نفط ${START_MARK}سوق${STOP_MARK}`;
    expect(mapHeadline(headline, original, normalized)).toEqual([
      { text: "تراجعت ", match: false },
      { text: "أسعارُ", match: true },
      { text: " النفط في ", match: false },
      { text: "الأسواقِ", match: true },
    ]);
  });

  it("highlights a word that opens with و + ال as written, the و included", () => {
    const original = "اجتمع الرئيسُ والحكومةُ أمس";
    const normalized = normalizeWithOffsets(original, "ar")!;
    const headline = `اجتمع رييس ${START_MARK}حكوم${STOP_MARK} امس`;
    expect(mapHeadline(headline, original, normalized)).toEqual([
      { text: "اجتمع الرئيسُ ", match: false },
      { text: "والحكومةُ", match: true },
      { text: " أمس", match: false },
    ]);
  });

  it("returns null rather than showing text it cannot place", () => {
    const normalized = normalizeWithOffsets("uno dos tres", "es")!;
    expect(mapHeadline(`${START_MARK}cuatro${STOP_MARK}`, "uno dos tres", normalized)).toBeNull();
  });
});
