import { VALIDATION_CODES, validateTranslationContent } from "@sahifa/domain/block-validation";
import { LOCALES } from "@sahifa/domain/locales";
import { describe, expect, it } from "vitest";
import {
  describeConflict,
  describeProblem,
  describeUntranslatedBlock,
  summarizeProblems,
  summarizeUntranslated,
  validationKey,
} from "./problem-messages.ts";
import { resources } from "./resources.ts";

const spanishContent = {
  title: "Qué pasa en Málaga",
  slug: "qué-pasa-en-málaga",
  summary: "La biblioteca flotante vuelve al puerto.",
  body: [{ type: "paragraph", content: [{ text: "Hola", href: "javascript:alert(1)" }] }],
};

function problemsOf(input: unknown, locale: "en" | "ar" | "es") {
  const result = validateTranslationContent(input, locale);
  if (result.ok) throw new Error("expected problems");
  return result.errors;
}

describe("problem messages", () => {
  it("words every validation code in every locale", () => {
    for (const locale of LOCALES) {
      const validation = resources[locale].problems.validation as Record<string, string>;
      for (const code of VALIDATION_CODES) {
        const key = validationKey(code);
        const worded = key in validation || `${key}_other` in validation;
        expect(worded, `${locale}: ${code}`).toBe(true);
      }
    }
  });

  it("refuses an accented Spanish slug with the suggestion, in the desk's language", () => {
    const [slug] = problemsOf(spanishContent, "es").filter((p) => p.field === "slug");
    if (!slug) throw new Error("no slug problem");
    expect(describeProblem("es", slug)).toBe(
      "Un slug solo admite minúsculas sin tildes, cifras y guiones; pruebe con «que-pasa-en-malaga».",
    );
    expect(describeProblem("ar", slug)).toBe(
      "المعرّف في الرابط يتكون من حروف وأرقام وشرطات فقط؛ جرّب «que-pasa-en-malaga».",
    );
    expect(describeProblem("en", slug)).toContain("try “que-pasa-en-malaga”");
  });

  it("names the block and counts the other problems, with Arabic plural forms", () => {
    const problems = problemsOf({ ...spanishContent, title: " " }, "es");
    expect(problems.map((p) => p.code)).toEqual(["empty", "slug_invalid", "url_scheme"]);
    expect(summarizeProblems("es", problems)).toBe("El título está vacío. (y 2 problemas más)");
    expect(summarizeProblems("ar", problems)).toBe("العنوان فارغ. (ومشكلتان أخريان)");
    const [, , link] = problems;
    if (!link) throw new Error("no link problem");
    expect(summarizeProblems("en", [link])).toBe(
      "Block 1 (paragraph): Only http:// and https:// links or site paths starting with “/” are allowed.",
    );
  });

  it("words limits with the count's plural form", () => {
    const [long] = problemsOf({ ...spanishContent, slug: "x", title: "a".repeat(301) }, "ar");
    expect(long).toMatchObject({ code: "too_long", params: { max: 300 } });
    if (!long) throw new Error("no title problem");
    expect(describeProblem("ar", long)).toBe("العنوان أطول من 300 حرف.");
    expect(describeProblem("es", long)).toBe("El título supera 300 caracteres.");
  });

  it("words untranslated blocks and conflicts", () => {
    const block = { blockIndex: 2, blockType: "paragraph", reason: "wrong_script" } as const;
    expect(describeUntranslatedBlock("ar", block, "ar")).toBe("الكتلة 3 (فقرة) غير مكتوبة بـالعربية.");
    expect(describeUntranslatedBlock("es", { ...block, reason: "same_as_source" }, "ar")).toBe(
      "El bloque 3 (párrafo) es igual al original.",
    );
    expect(summarizeUntranslated("ar", [block, block, block])).toMatch(/^3 كتل/);
    expect(summarizeUntranslated("en", [block])).toMatch(/^1 block still holds/);
    expect(describeConflict("es", 42)).toContain("revisión 42");
  });

  it("words XLIFF refusals whole in the desk's language, language names included", () => {
    const pair = {
      field: "content",
      blockIndex: null,
      blockType: null,
      message: "The file translates en into ar; this translation is en into es.",
      code: "xliff_other_pair",
      params: { fileSource: "en", fileTarget: "ar", source: "en", target: "es" },
    } as const;
    expect(describeProblem("es", pair)).toBe(
      "El archivo traduce del inglés al árabe; esta traducción es del inglés al español.",
    );
    expect(describeProblem("ar", pair)).toContain("من الإنجليزية إلى العربية");
    const malformed = { ...pair, code: "xliff_malformed_at", params: { line: 3, column: 14 } } as const;
    expect(describeProblem("ar", malformed)).toContain("السطر 3، العمود 14");
    expect(describeProblem("es", malformed)).toContain("línea 3, columna 14");
    for (const locale of ["ar", "es"] as const) {
      // No English detail is carried inside the sentence.
      expect(describeProblem(locale, pair)).not.toMatch(/translat|into/);
      expect(describeProblem(locale, malformed)).not.toContain("{{");
    }
  });
});
