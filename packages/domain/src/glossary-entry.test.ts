import { describe, expect, it } from "vitest";
import { validateGlossaryEntry } from "./glossary-entry.ts";

const enAr = { sourceLocale: "en", targetLocale: "ar" } as const;

describe("validateGlossaryEntry", () => {
  it("tidies an entry and keys it by the source term's search form", () => {
    const result = validateGlossaryEntry(
      { kind: "place", source: "  Gaza   Strip ", approved: "قطاع غزة", forbidden: [" غزّه ستريب ", ""] },
      enAr,
    );
    expect(result).toEqual({
      ok: true,
      entry: {
        kind: "place",
        source: "Gaza Strip",
        approved: "قطاع غزة",
        forbidden: ["غزّه ستريب"],
        note: null,
        sourceKey: "gaza strip",
      },
    });
  });

  it("refuses missing parts, unknown kinds, long text and control characters with codes", () => {
    const result = validateGlossaryEntry(
      { kind: "planet", source: "", approved: "x".repeat(201), forbidden: ["bad\u0007"] },
      enAr,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.field, error.code])).toEqual([
      ["kind", "not_allowed_value"],
      ["source", "required"],
      ["approved", "too_long"],
      ["forbidden", "control_characters"],
    ]);
  });

  it("refuses a forbidden variant that is the approved translation in another spelling", () => {
    const result = validateGlossaryEntry(
      { source: "United Nations", approved: "الأمم المتحدة", forbidden: ["الامم المتحده"] },
      enAr,
    );
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(["duplicate"]);
  });

  it("refuses a term with nothing to match", () => {
    const result = validateGlossaryEntry({ source: "—", approved: "غزة" }, enAr);
    expect(result.ok ? [] : result.errors.map((error) => [error.field, error.code])).toEqual([
      ["source", "empty"],
    ]);
  });
});
