import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

/**
 * The editions Sahifa publishes. Adding a locale is one entry here plus its
 * i18n resources (packages/i18n) — everything else reads this table.
 */
export const LOCALES = ["en", "ar", "es"] as const;
export type Locale = (typeof LOCALES)[number];

export type Direction = "ltr" | "rtl";

export interface LocaleConfig {
  code: Locale;
  /** BCP 47 tag handed to Intl formatters. */
  intlTag: string;
  /** The language named in itself, as the edition switcher shows it. */
  nativeName: string;
  englishName: string;
  dir: Direction;
  hreflang: string;
  /**
   * Open Graph's `og:locale` (language_TERRITORY; the territory is the edition's default
   * market as the big platforms list it: Arabic has no single country, so `ar_AR`).
   */
  openGraphLocale: string;
  /** ISO 15924 script the edition is written in (untranslated-text checks compare against it). */
  script: "Latn" | "Arab";
  /**
   * PostgreSQL text search configuration used for this edition's search. Arabic uses "simple"
   * (lower-casing only): its words arrive stemmed by arabicLightStem, and PostgreSQL's Arabic
   * Snowball stemmer would stem them again, differently with and without the article
   * (docs/architecture/050-search-word-forms.md).
   */
  searchConfig: "english" | "simple" | "spanish";
  /**
   * Numbering system for dates and counts. Arabic uses Western digits (latn),
   * as most Arabic-language news sites do, so figures read the same in every edition.
   */
  numberingSystem: "latn" | "arab";
  /** Average silent reading speed used for "N min read" (words per minute). */
  wordsPerMinute: number;
  /**
   * A second calendar whose date readers expect beside the Gregorian one: Arabic readers
   * the Hijri date (Umm al-Qura, the reckoning of the Gulf newsrooms); null for none.
   */
  secondaryCalendar: "islamic-umalqura" | null;
}

export const LOCALE_CONFIG: Record<Locale, LocaleConfig> = {
  en: {
    code: "en",
    script: "Latn",
    intlTag: "en-GB",
    nativeName: "English",
    englishName: "English",
    dir: "ltr",
    hreflang: "en",
    openGraphLocale: "en_GB",
    searchConfig: "english",
    numberingSystem: "latn",
    // Brysbaert (2019) meta-analysis: ~238 wpm for English non-fiction.
    wordsPerMinute: 238,
    secondaryCalendar: null,
  },
  ar: {
    code: "ar",
    script: "Arab",
    intlTag: "ar",
    nativeName: "العربية",
    englishName: "Arabic",
    dir: "rtl",
    hreflang: "ar",
    openGraphLocale: "ar_AR",
    searchConfig: "simple",
    numberingSystem: "latn",
    // Arabic words carry clitics (article, conjunctions, pronouns), so fewer words per minute: ~138 wpm (Trauzettel-Klosinski et al., 2012).
    wordsPerMinute: 138,
    secondaryCalendar: "islamic-umalqura",
  },
  es: {
    code: "es",
    script: "Latn",
    intlTag: "es",
    nativeName: "Español",
    englishName: "Spanish",
    dir: "ltr",
    hreflang: "es",
    openGraphLocale: "es_ES",
    searchConfig: "spanish",
    numberingSystem: "latn",
    // Spanish silent reading ~218 wpm (Trauzettel-Klosinski et al., 2012).
    wordsPerMinute: 218,
    secondaryCalendar: null,
  },
};

export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function localeConfig(locale: Locale): LocaleConfig {
  return LOCALE_CONFIG[locale];
}

/** The one way to ask for a locale's writing direction. */
export function dir(locale: Locale): Direction {
  return LOCALE_CONFIG[locale].dir;
}

/**
 * The edition for an `Accept-Language` header: its ranges in the reader's order of preference
 * (negotiator), matched against our locales by the ECMA-402 locale matcher, English when none fits.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } })
    .languages()
    .filter(isWellFormedTag);
  return requested.length > 0 ? (match(requested, LOCALES, DEFAULT_LOCALE) as Locale) : DEFAULT_LOCALE;
}

/** The matcher refuses a malformed tag (or "*") outright; such a range simply asks for nothing. */
function isWellFormedTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}
