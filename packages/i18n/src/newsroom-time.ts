import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import {
  type DateInput,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatTimeZoneName,
} from "./format.ts";

/**
 * Reader dates in the newsroom's time zone, with the zone named and, where the edition's
 * readers expect it, the date in a second calendar (the Hijri date in Arabic). Pure: the zone
 * is a value the app reads once from its environment (NEWSROOM_TIME_ZONE) with
 * parseNewsroomTimeZone and hands to every call, so server and browser print the same text.
 */

/** Without NEWSROOM_TIME_ZONE the newsroom keeps UTC, the zone every stored time is in. */
export const DEFAULT_NEWSROOM_TIME_ZONE = "UTC";

export class InvalidTimeZoneError extends RangeError {
  constructor(value: string) {
    super(`NEWSROOM_TIME_ZONE must be an IANA time zone such as "Asia/Qatar" or "UTC"; got "${value}".`);
    this.name = "InvalidTimeZoneError";
  }
}

/** NEWSROOM_TIME_ZONE as an app's env.ts reads it: unset or blank is UTC; a zone Intl does not know is refused. */
export function parseNewsroomTimeZone(value: string | undefined): string {
  const zone = value?.trim();
  if (!zone) return DEFAULT_NEWSROOM_TIME_ZONE;
  try {
    // Intl canonicalises the name ("etc/utc" → "UTC"), so every formatter is keyed alike.
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new InvalidTimeZoneError(zone);
  }
}

export interface NewsroomDate {
  /** The instant, for `<time datetime>`. */
  iso: string;
  /** The Gregorian date in the newsroom's zone: "18 December 2022", "18 ديسمبر 2022". */
  date: string;
  /** Date and time of day there, joined as the locale joins them: "18 December 2022, 01:51". */
  dateTime: string;
  /** The zone's name in the edition's language: "Qatar Time", "توقيت قطر", "UTC". */
  zone: string;
  /** The date in the edition's second calendar ("24 جمادى الأولى 1444 هـ"), or null. */
  secondaryDate: string | null;
}

/** Between the Gregorian and the second calendar's date: a mark that needs no translation. */
const CALENDAR_SEPARATOR = " · ";

/** The pieces of a dateline, for pages that lay them out themselves. */
export function newsroomDateParts(value: DateInput, locale: Locale, timeZone: string): NewsroomDate {
  return {
    iso: new Date(value).toISOString(),
    date: formatDate(value, locale, { timeZone, month: "long" }),
    dateTime: formatDateTime(value, locale, { timeZone, month: "long" }),
    zone: formatTimeZoneName(value, locale, timeZone),
    secondaryDate: secondaryCalendarDate(value, locale, timeZone),
  };
}

/** The day as front pages show it: "18 December 2022"; "18 ديسمبر 2022 · 24 جمادى الأولى 1444 هـ". */
export function formatNewsroomDate(value: DateInput, locale: Locale, timeZone: string): string {
  const date = formatDate(value, locale, { timeZone, month: "long" });
  const secondaryDate = secondaryCalendarDate(value, locale, timeZone);
  return secondaryDate ? `${date}${CALENDAR_SEPARATOR}${secondaryDate}` : date;
}

// Lists format a date per teaser: each formatter below formats only the parts it shows.
function secondaryCalendarDate(value: DateInput, locale: Locale, timeZone: string): string | null {
  const calendar = LOCALE_CONFIG[locale].secondaryCalendar;
  return calendar ? formatCalendarDate(value, locale, calendar, timeZone) : null;
}

/**
 * A dateline with its zone: "18 December 2022, 01:51 Qatar Time"; in Arabic the Hijri date
 * follows: "18 ديسمبر 2022 في 1:51 ص توقيت قطر · 24 جمادى الأولى 1444 هـ".
 */
export function formatNewsroomDateTime(value: DateInput, locale: Locale, timeZone: string): string {
  const dateTime = formatDateTime(value, locale, { timeZone, month: "long" });
  const zone = formatTimeZoneName(value, locale, timeZone);
  const secondaryDate = secondaryCalendarDate(value, locale, timeZone);
  const withZone = `${dateTime} ${zone}`;
  return secondaryDate ? `${withZone}${CALENDAR_SEPARATOR}${secondaryDate}` : withZone;
}
