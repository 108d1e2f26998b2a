import { LOCALE_CONFIG, LOCALES } from "@sahifa/domain/locales";
import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelativeTime,
  formatTime,
  intlLocale,
} from "./format.ts";

const dateline = new Date(Date.UTC(2022, 11, 17, 10, 51));
const arabicIndicDigits = /[\u0660-\u0669\u06F0-\u06F9]/;

describe("numeral policy", () => {
  it.each(LOCALES)("%s formats with the numbering system LOCALE_CONFIG names", (locale) => {
    const expected = LOCALE_CONFIG[locale].numberingSystem;
    expect(new Intl.NumberFormat(intlLocale(locale)).resolvedOptions().numberingSystem).toBe(expected);
    expect(new Intl.DateTimeFormat(intlLocale(locale)).resolvedOptions().numberingSystem).toBe(expected);
  });

  it("keeps Latin digits in Arabic even when a caller asks for Arabic-Indic ones", () => {
    expect(formatNumber(1234567, "ar", { numberingSystem: "arab" })).toBe("1,234,567");
    expect(formatDateTime(dateline, "ar")).not.toMatch(arabicIndicDigits);
  });
});

describe("formatDate", () => {
  it("writes the month in each edition's language", () => {
    expect(formatDate(dateline, "en")).toBe("17 Dec 2022");
    expect(formatDate(dateline, "es")).toMatch(/^17 dic\.? 2022$/);
    expect(formatDate(dateline, "ar")).toBe("17 ديسمبر 2022");
    expect(formatDate(dateline, "en", { month: "long" })).toBe("17 December 2022");
    expect(formatDate(dateline, "es", { month: "long" })).toBe("17 de diciembre de 2022");
  });

  it("accepts the ISO strings and epoch milliseconds the API sends", () => {
    expect(formatDate("2022-12-17T10:51:00Z", "en")).toBe("17 Dec 2022");
    expect(formatDate(dateline.getTime(), "en")).toBe("17 Dec 2022");
  });

  it("renders in UTC unless told another zone, whatever the machine's zone", () => {
    const lateEvening = "2022-12-17T23:30:00Z";
    expect(formatDate(lateEvening, "en")).toBe("17 Dec 2022");
    expect(formatDate(lateEvening, "en", { timeZone: "Asia/Tokyo" })).toBe("18 Dec 2022");
    expect(formatTime(lateEvening, "es", { timeZone: "America/Mexico_City" })).toBe("17:30");
  });

  it("refuses what is not a date instead of printing 'Invalid Date'", () => {
    expect(() => formatDate("not a date", "en")).toThrow(RangeError);
  });
});

describe("formatTime and formatDateTime", () => {
  it("use each locale's clock", () => {
    expect(formatTime(dateline, "en")).toBe("10:51");
    expect(formatTime(dateline, "es")).toBe("10:51");
    expect(formatTime(dateline, "ar")).toMatch(/^10:51\s?ص$/);
    expect(formatDateTime(dateline, "en")).toBe("17 Dec 2022, 10:51");
    expect(formatDateTime(dateline, "ar")).toContain("ديسمبر");
  });
});

describe("formatNumber", () => {
  it("groups digits per locale", () => {
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatNumber(1234567, "es")).toBe("1.234.567");
    expect(formatNumber(0.5, "es", { style: "percent" })).toBe("50\u00a0%");
  });
});

describe("formatRelativeTime", () => {
  const now = "2022-12-17T12:00:00Z";

  it("picks the largest unit that fits, in the edition's language", () => {
    expect(formatRelativeTime("2022-12-17T11:57:00Z", "en", { now })).toBe("3 minutes ago");
    expect(formatRelativeTime("2022-12-17T11:57:00Z", "es", { now })).toBe("hace 3 minutos");
    expect(formatRelativeTime("2022-12-17T11:57:00Z", "ar", { now })).toBe("قبل 3 دقائق");
    expect(formatRelativeTime("2022-12-17T09:00:00Z", "en", { now })).toBe("3 hours ago");
    expect(formatRelativeTime("2022-12-16T12:00:00Z", "en", { now })).toBe("yesterday");
    expect(formatRelativeTime("2022-12-16T12:00:00Z", "es", { now })).toBe("ayer");
    expect(formatRelativeTime("2022-12-17T12:00:00Z", "en", { now })).toBe("now");
    expect(formatRelativeTime("2022-10-17T12:00:00Z", "en", { now })).toBe("2 months ago");
  });
});
