import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales.ts";

describe("negotiateLocale", () => {
  it.each([
    ["ar-EG,ar;q=0.9,en;q=0.8", "ar"],
    ["fr-FR,fr;q=0.9,es;q=0.5", "es"],
    ["es-419", "es"],
    ["en;q=0, ar", "ar"],
    ["zh-Hant-TW,ar-SA;q=0.1", "ar"],
    ["de", "en"],
    ["*", "en"],
    ["x;;;q=abc, es", "es"],
    ["", "en"],
  ])("%j → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("answers English without a header", () => {
    expect(negotiateLocale(null)).toBe("en");
  });
});
