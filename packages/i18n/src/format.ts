import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";

/*
 * The one place dates, times and numbers are turned into text. Every formatter
 * names its numbering system (LOCALE_CONFIG's numeral policy, as a `-u-nu-` tag)
 * and its time zone, so the server and the browser produce the same string
 * whatever their own locale data or zone: no hydration mismatch.
 */

export const DEFAULT_TIME_ZONE = "UTC";

/** A Date, an ISO 8601 string (as GraphQL sends) or epoch milliseconds. */
export type DateInput = Date | string | number;

export interface DateFormatOptions {
  /** IANA zone; UTC unless the caller knows better. */
  timeZone?: string;
  /** "short" (17 Dec 2022) or "long" (17 December 2022) month names. */
  month?: "short" | "long";
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

/** The Intl tag with the locale's numbering system spelled out, e.g. "ar-u-nu-latn". */
export function intlLocale(locale: Locale): string {
  const { intlTag, numberingSystem } = LOCALE_CONFIG[locale];
  return `${intlTag}-u-nu-${numberingSystem}`;
}

// Intl constructors are costly next to format(); a server renders many dates per page. Each
// caller names its formatter with a short key, which costs far less to build than serialising
// its options on every call.
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  locale: Locale,
  create: (tag: string) => F,
): F {
  const localeKey = `${key}|${locale}`;
  let formatter = formatters.get(localeKey) as F | undefined;
  if (!formatter) {
    formatter = create(intlLocale(locale));
    formatters.set(localeKey, formatter);
  }
  return formatter;
}

function toDate(value: DateInput): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date: ${String(value)}`);
  return date;
}

/** The date and time styles the formatters below use, named for the formatter cache's key. */
const DATE_STYLES = {
  "date-short": { day: "numeric", month: "short", year: "numeric" },
  "date-long": { day: "numeric", month: "long", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit" },
  "date-time-short": { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  "date-time-long": { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function formatDateParts(
  value: DateInput,
  locale: Locale,
  style: keyof typeof DATE_STYLES,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  return cached(
    `${style}|${timeZone}`,
    locale,
    (tag) => new Intl.DateTimeFormat(tag, { ...DATE_STYLES[style], timeZone }),
  ).format(toDate(value));
}

/** "17 Dec 2022", "17 dic 2022", "17 ديسمبر 2022". */
export function formatDate(value: DateInput, locale: Locale, options: DateFormatOptions = {}): string {
  return formatDateParts(
    value,
    locale,
    options.month === "long" ? "date-long" : "date-short",
    options.timeZone,
  );
}

/** "10:51" in English and Spanish, "10:51 ص" in Arabic (each locale's own clock). */
export function formatTime(
  value: DateInput,
  locale: Locale,
  options: Pick<DateFormatOptions, "timeZone"> = {},
): string {
  return formatDateParts(value, locale, "time", options.timeZone);
}

/** Date and time together, as an article's dateline shows them. */
export function formatDateTime(value: DateInput, locale: Locale, options: DateFormatOptions = {}): string {
  return formatDateParts(
    value,
    locale,
    options.month === "long" ? "date-time-long" : "date-time-short",
    options.timeZone,
  );
}

/**
 * The zone's name as readers of the edition know it: "UTC", or its region's time ("Qatar Time",
 * "توقيت قطر", "hora de Catar"), where a bare offset ("GMT+3") would leave them to work it out.
 */
export function formatTimeZoneName(value: DateInput, locale: Locale, timeZone = DEFAULT_TIME_ZONE): string {
  const formatter = cached(`zone|${timeZone}`, locale, (tag) => {
    const generic = new Intl.DateTimeFormat(tag, { hour: "numeric", timeZone, timeZoneName: "shortGeneric" });
    // UTC has no region: its generic name is an offset ("GMT+0"), its short name "UTC".
    return generic.resolvedOptions().timeZone === "UTC"
      ? new Intl.DateTimeFormat(tag, { hour: "numeric", timeZone, timeZoneName: "short" })
      : generic;
  });
  return (
    formatter.formatToParts(toDate(value)).find((part) => part.type === "timeZoneName")?.value ?? timeZone
  );
}

/** The date in a calendar other than the Gregorian: "24 جمادى الأولى 1444 هـ" (islamic-umalqura). */
export function formatCalendarDate(
  value: DateInput,
  locale: Locale,
  calendar: string,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  return cached(
    `calendar|${calendar}|${timeZone}`,
    locale,
    (tag) => new Intl.DateTimeFormat(tag, { ...DATE_STYLES["date-long"], calendar, timeZone }),
  ).format(toDate(value));
}

/** Counts and figures; the numbering system is the locale's, whatever `options` says. */
export function formatNumber(
  value: number | bigint,
  locale: Locale,
  options: Intl.NumberFormatOptions = {},
): string {
  const { numberingSystem: _ignored, ...rest } = options;
  // Any options may come here, so they are the key; no page formats numbers in a loop.
  return cached(`number|${JSON.stringify(rest)}`, locale, (tag) => new Intl.NumberFormat(tag, rest)).format(
    value,
  );
}

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

export interface RelativeTimeOptions {
  /**
   * The moment to measure from. Required, so that the server and the client can be
   * handed the same instant; two clocks would otherwise render two strings.
   */
  now: DateInput;
}

/** "3 minutes ago", "hace 3 minutos", "قبل 3 دقائق"; "yesterday" where the locale has a word for it. */
export function formatRelativeTime(value: DateInput, locale: Locale, options: RelativeTimeOptions): string {
  const seconds = (toDate(value).getTime() - toDate(options.now).getTime()) / 1000;
  const [unit, size] = RELATIVE_UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ["second", 1];
  const formatter = cached(
    "relative",
    locale,
    (tag) => new Intl.RelativeTimeFormat(tag, { numeric: "auto" }),
  );
  return formatter.format(Math.round(seconds / size), unit);
}
