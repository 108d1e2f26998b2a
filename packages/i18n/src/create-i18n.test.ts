import { describe, expect, it } from "vitest";
import { createI18n } from "./create-i18n.ts";

describe("createI18n", () => {
  it("is ready to translate as soon as it returns", () => {
    const i18n = createI18n("en");
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.language).toBe("en");
    expect(i18n.t("brand")).toBe("Sahifa");
    expect(i18n.t("article:mostRead")).toBe("Most Read");
  });

  it.each([
    [0, "أقل من دقيقة للقراءة"],
    [1, "دقيقة واحدة للقراءة"],
    [2, "دقيقتان للقراءة"],
    [3, "3 دقائق للقراءة"],
    [10, "10 دقائق للقراءة"],
    [11, "11 دقيقة للقراءة"],
    [99, "99 دقيقة للقراءة"],
    [100, "100 دقيقة للقراءة"],
    [102, "102 دقيقة للقراءة"],
    [103, "103 دقائق للقراءة"],
  ])("picks the Arabic plural form for %i", (count, expected) => {
    expect(createI18n("ar").t("article:readTime", { count })).toBe(expected);
  });

  it("agrees a masculine counted noun in the accusative for 11–99 and the genitive from 100", () => {
    const { t } = createI18n("ar");
    expect(t("desk:queue.count", { count: 2 })).toBe("مقالان");
    expect(t("desk:queue.count", { count: 11 })).toBe("11 مقالاً");
    expect(t("desk:queue.count", { count: 100 })).toBe("100 مقال");
  });

  it("uses the Spanish and English forms, formatting counts per locale", () => {
    expect(createI18n("es").t("article:readTime", { count: 1 })).toBe("1 minuto de lectura");
    expect(createI18n("es").t("article:readTime", { count: 4 })).toBe("4 minutos de lectura");
    expect(createI18n("es").t("search:results", { count: 1_000_000 })).toBe("1.000.000 de resultados");
    expect(createI18n("es").t("search:results", { count: 12345 })).toBe("12.345 resultados");
    expect(createI18n("en").t("article:shares", { count: 1 })).toBe("1 Share");
    expect(createI18n("en").t("article:shares", { count: 2500 })).toBe("2,500 Shares");
  });

  it("leaves escaping to React and interpolates as written", () => {
    const { t } = createI18n("ar");
    expect(t("search:noResults", { query: "<b>غزة</b>" })).toBe("لا توجد نتائج عن «<b>غزة</b>».");
  });

  it("gives each caller its own instance, so one request's locale never leaks into another", () => {
    const arabic = createI18n("ar");
    const spanish = createI18n("es");
    expect(arabic.t("breaking")).toBe("عاجل");
    expect(spanish.t("breaking")).toBe("Última hora");
    expect(arabic.language).toBe("ar");
  });

  it("loads only the namespaces asked for", () => {
    const i18n = createI18n("es", ["errors"]);
    expect(i18n.t("errors:notFound.title")).toBe("Página no encontrada");
    expect(i18n.hasResourceBundle("es", "common")).toBe(false);
    expect(i18n.hasResourceBundle("es", "errors")).toBe(true);
  });
});
