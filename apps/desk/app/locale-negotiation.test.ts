import { describe, expect, it } from "vitest";
import { negotiateDeskLocale } from "./locale-negotiation.ts";

describe("negotiateDeskLocale", () => {
  it("picks the best-fitting desk language by preference", () => {
    expect(negotiateDeskLocale("es-MX,es;q=0.9,en;q=0.5")).toBe("es");
    expect(negotiateDeskLocale("ar-EG")).toBe("ar");
    expect(negotiateDeskLocale("fr-FR,fr;q=0.9,ar;q=0.8,en;q=0.7")).toBe("ar");
    expect(negotiateDeskLocale("en;q=0.2, es;q=0.8")).toBe("es");
  });

  it("falls back to English for nothing, nothing known, refusals and malformed headers", () => {
    expect(negotiateDeskLocale(null)).toBe("en");
    expect(negotiateDeskLocale("de, fr")).toBe("en");
    expect(negotiateDeskLocale("es;q=0, *")).toBe("en");
    expect(negotiateDeskLocale("@@@, ;;;, es_ES")).toBe("en");
  });
});
