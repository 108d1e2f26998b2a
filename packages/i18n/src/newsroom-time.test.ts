import { LOCALES } from "@sahifa/domain/locales";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_NEWSROOM_TIME_ZONE,
  formatNewsroomDate,
  formatNewsroomDateTime,
  InvalidTimeZoneError,
  newsroomDateParts,
  parseNewsroomTimeZone,
} from "./newsroom-time.ts";

// 22:51 UTC on 17 December 2022 is already the 18th in Doha, and 24 Jumada I 1444 there.
const lateEvening = "2022-12-17T22:51:00Z";

describe("parseNewsroomTimeZone", () => {
  it("keeps UTC when the setting is unset or blank", () => {
    expect(DEFAULT_NEWSROOM_TIME_ZONE).toBe("UTC");
    expect(parseNewsroomTimeZone(undefined)).toBe("UTC");
    expect(parseNewsroomTimeZone("  ")).toBe("UTC");
  });

  it("takes any IANA zone, in its canonical spelling", () => {
    expect(parseNewsroomTimeZone("Asia/Qatar")).toBe("Asia/Qatar");
    expect(parseNewsroomTimeZone(" asia/qatar ")).toBe("Asia/Qatar");
    expect(parseNewsroomTimeZone("Etc/UTC")).toBe("UTC");
  });

  it("refuses a zone that does not exist, naming the setting and the value", () => {
    expect(() => parseNewsroomTimeZone("Mars/Olympus")).toThrow(InvalidTimeZoneError);
    expect(() => parseNewsroomTimeZone("Mars/Olympus")).toThrow(/NEWSROOM_TIME_ZONE.*"Mars\/Olympus"/);
  });
});

describe("formatNewsroomDateTime", () => {
  it.each([
    ["en", "UTC", "17 December 2022 at 22:51 UTC"],
    ["en", "Asia/Qatar", "18 December 2022 at 01:51 Qatar Time"],
    ["es", "UTC", "17 de diciembre de 2022 a las 22:51 UTC"],
    ["es", "Asia/Qatar", "18 de diciembre de 2022 a las 01:51 hora de Catar"],
    ["ar", "UTC", "17 ديسمبر 2022 في 10:51 م UTC · 23 جمادى الأولى 1444 هـ"],
    ["ar", "Asia/Qatar", "18 ديسمبر 2022 في 01:51 ص توقيت قطر · 24 جمادى الأولى 1444 هـ"],
  ] as const)("%s in %s names the zone", (locale, zone, expected) => {
    expect(formatNewsroomDateTime(lateEvening, locale, zone)).toBe(expected);
  });

  it("names the zone in the edition's language, a European zone included", () => {
    expect(formatNewsroomDateTime(lateEvening, "es", "Europe/Madrid")).toContain("23:51 CET");
    expect(formatNewsroomDateTime(lateEvening, "ar", "Europe/Madrid")).toContain("توقيت إسبانيا");
  });

  it("refuses what is not a date", () => {
    for (const locale of LOCALES)
      expect(() => formatNewsroomDateTime("soon", locale, "UTC")).toThrow(RangeError);
  });
});

describe("formatNewsroomDate", () => {
  it("adds the Hijri date beside the Gregorian in Arabic only, on the newsroom's day", () => {
    expect(formatNewsroomDate(lateEvening, "ar", "Asia/Qatar")).toBe(
      "18 ديسمبر 2022 · 24 جمادى الأولى 1444 هـ",
    );
    expect(formatNewsroomDate(lateEvening, "ar", "UTC")).toBe("17 ديسمبر 2022 · 23 جمادى الأولى 1444 هـ");
    expect(formatNewsroomDate(lateEvening, "en", "Asia/Qatar")).toBe("18 December 2022");
    expect(formatNewsroomDate(lateEvening, "es", "Asia/Qatar")).toBe("18 de diciembre de 2022");
  });

  it("follows the Umm al-Qura calendar across a month's turn", () => {
    // 1 Ramadan 1444 was 23 March 2023 by Umm al-Qura.
    expect(formatNewsroomDate("2023-03-23T09:00:00Z", "ar", "Asia/Qatar")).toContain("1 رمضان 1444 هـ");
    expect(formatNewsroomDate("2023-03-22T09:00:00Z", "ar", "Asia/Qatar")).toContain("30 شعبان 1444 هـ");
  });
});

describe("newsroomDateParts", () => {
  it.each(LOCALES)("%s: gives the instant and each piece for pages to lay out", (locale) => {
    const parts = newsroomDateParts(lateEvening, locale, "Asia/Qatar");
    expect(parts.iso).toBe("2022-12-17T22:51:00.000Z");
    expect(parts.dateTime.startsWith(parts.date)).toBe(true);
    expect(parts.zone).not.toMatch(/GMT|غرينتش/);
    expect(parts.secondaryDate === null).toBe(locale !== "ar");
  });
});
