import { LOCALES } from "@sahifa/domain/locales";
import { describe, expect, it } from "vitest";
import {
  describeGlossaryFileProblem,
  describeGlossaryIssue,
  describeRefusal,
  GLOSSARY_FILE_CODES,
  REFUSAL_CODES,
  type RefusalCode,
  summarizeTextChecks,
} from "./problem-messages.ts";

const issue = {
  blockIndex: 2,
  termId: 7,
  kind: "forbidden_variant",
  source: "United Nations",
  approved: "الأمم المتحدة",
  found: "هيئة الأمم",
} as const;

describe("glossary messages", () => {
  it("words a glossary warning with the block, the term and the approved translation", () => {
    expect(describeGlossaryIssue("en", issue)).toBe(
      "Block 3: “هيئة الأمم” is not used for “United Nations”; write “الأمم المتحدة”.",
    );
    expect(describeGlossaryIssue("ar", { ...issue, kind: "missing_approved", found: null })).toContain(
      "الكتلة 3",
    );
  });

  it("sums up untranslated blocks and glossary warnings in one message, Arabic plurals included", () => {
    expect(summarizeTextChecks("ar", [], [issue, issue])).toBe(
      "تنبيهان من المسرد: صحّح المصطلحين أو تابع مع ملاحظة تشرح السبب.",
    );
    expect(summarizeTextChecks("es", [], [issue])).toMatch(/^1 aviso del glosario/);
  });

  it("words every refused-file code in every locale, never falling back to the key", () => {
    for (const locale of LOCALES) {
      for (const code of GLOSSARY_FILE_CODES) {
        const text = describeGlossaryFileProblem(locale, code, {
          max: 5,
          language: "ar",
          line: 3,
          column: 7,
        });
        expect(text, `${locale} ${code}`).not.toContain("glossaryFile");
        expect(text, `${locale} ${code}`).not.toContain("{{");
      }
    }
  });

  it("words every refusal code in every locale", () => {
    for (const locale of LOCALES) {
      for (const code of Object.keys(REFUSAL_CODES) as RefusalCode[]) {
        expect(describeRefusal(locale, code), `${locale} ${code}`).not.toContain("refusals.");
      }
    }
    expect(describeRefusal("es", "NOT_FOUND")).toBe("Lo que pidió no existe (o ya no existe).");
  });
});
