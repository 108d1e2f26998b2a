import { describe, expect, it } from "vitest";
import { isValidSlug, SLUG_FALLBACK, SLUG_MAX_LENGTH, slugify, spellingKey } from "./slug.ts";

describe("slugify", () => {
  it("lower-cases Spanish titles and removes accents and inverted punctuation", () => {
    expect(slugify("Qué pasa en Málaga", "es")).toBe("que-pasa-en-malaga");
    expect(slugify("¿Por qué sube el precio del café?", "es")).toBe("por-que-sube-el-precio-del-cafe");
    expect(slugify("El año en que llovió en el desierto", "es")).toBe("el-ano-en-que-llovio-en-el-desierto");
    expect(slugify("Pingüinos & focas", "es")).toBe("pinguinos-y-focas");
  });

  it("makes English slugs from words and digits", () => {
    expect(slugify("The Library That Floats: 10 Years On", "en")).toBe("the-library-that-floats-10-years-on");
    expect(slugify("Children's books & the sea", "en")).toBe("childrens-books-and-the-sea");
    expect(slugify("Straße, Æsir and Łódź", "en")).toBe("strasse-aesir-and-lodz");
  });

  it("keeps Arabic letters, strips diacritics and tatweel, turns punctuation into hyphens", () => {
    expect(slugify("مكتبةٌ عائمةٌ في النهر", "ar")).toBe("مكتبة-عائمة-في-النهر");
    expect(slugify("أخبـــار الطقس: أمطارٌ غزيرة، ورياح!", "ar")).toBe("أخبار-الطقس-أمطار-غزيرة-ورياح");
    expect(slugify("ماذا يحدث في ملقة؟", "ar")).toBe("ماذا-يحدث-في-ملقة");
  });

  it("keeps Latin names and turns Arabic-Indic digits into Western ones in Arabic slugs", () => {
    expect(slugify("قمة COP30 في عام ٢٠٢٦", "ar")).toBe("قمة-cop30-في-عام-2026");
  });

  it("never returns an empty slug", () => {
    expect(slugify("؟!…", "ar")).toBe(SLUG_FALLBACK.ar);
    expect(slugify("🌍🌊", "en")).toBe(SLUG_FALLBACK.en);
    expect(slugify("", "es")).toBe(SLUG_FALLBACK.es);
  });

  it("gives a Latin edition a slug in the title's own script when it has no Latin letters", () => {
    expect(slugify("مكتبة عائمة", "en")).toBe("مكتبة-عائمة");
    expect(slugify("Москва зимой", "es")).toBe("москва-зимой");
  });

  it("caps the length at a word boundary", () => {
    const title =
      "Una biblioteca flotante recorre el río durante diez años y llega por fin al mar abierto del sur";
    const slug = slugify(title, "es");
    expect(Array.from(slug).length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toBe("una-biblioteca-flotante-recorre-el-rio-durante-diez-anos-y-llega-por-fin-al-mar");
    const arabic = slugify("تقرير ".repeat(30), "ar");
    expect(Array.from(arabic).length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(arabic.endsWith("تقرير")).toBe(true);
  });

  it("cuts a single over-long word hard", () => {
    expect(slugify("a".repeat(200), "en")).toBe("a".repeat(SLUG_MAX_LENGTH));
  });
});

describe("isValidSlug", () => {
  it("accepts canonical slugs", () => {
    expect(isValidSlug("que-pasa-en-malaga", "es")).toBe(true);
    expect(isValidSlug("مكتبة-عائمة-في-النهر", "ar")).toBe(true);
    expect(isValidSlug("قمة-cop30", "ar")).toBe(true);
  });

  it("refuses upper case, accents, spaces, stray hyphens and diacritics", () => {
    expect(isValidSlug("Que-pasa", "es")).toBe(false);
    expect(isValidSlug("qué-pasa", "es")).toBe(false);
    expect(isValidSlug("que pasa", "es")).toBe(false);
    expect(isValidSlug("-que-pasa", "es")).toBe(false);
    expect(isValidSlug("que--pasa", "es")).toBe(false);
    expect(isValidSlug("مَكتبة", "ar")).toBe(false);
    expect(isValidSlug("", "en")).toBe(false);
    expect(isValidSlug("a".repeat(SLUG_MAX_LENGTH + 1), "en")).toBe(false);
  });

  it("refuses Arabic letters in a Latin-edition slug that has Latin words", () => {
    expect(isValidSlug("cop30-قمة", "en")).toBe(false);
  });

  it("accepts whatever slugify produces", () => {
    for (const [title, locale] of [
      ["Qué pasa en Málaga", "es"],
      ["أخبـــار الطقس: أمطارٌ غزيرة", "ar"],
      ["The Library That Floats", "en"],
      ["؟", "ar"],
    ] as const) {
      expect(isValidSlug(slugify(title, locale), locale)).toBe(true);
    }
  });
});

describe("spellingKey", () => {
  it("sets case, accents, hyphens and Arabic letter variants aside", () => {
    expect(spellingKey("Climate-Change")).toBe(spellingKey("climate change"));
    expect(spellingKey("Acción climática")).toBe(spellingKey("accion-climatica"));
    expect(spellingKey("الإنتخابات")).toBe(spellingKey("الانتخابات"));
    expect(spellingKey("climate")).not.toBe(spellingKey("climate talks"));
  });
});
