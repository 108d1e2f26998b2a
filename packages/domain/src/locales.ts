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
  /** PostgreSQL text search configuration used for this edition's search. */
  searchConfig: "english" | "arabic" | "spanish";
  /**
   * Numbering system for dates and counts. Arabic uses Western digits (latn),
   * as most Arabic-language news sites do, so figures read the same in every edition.
   */
  numberingSystem: "latn" | "arab";
  /** Average silent reading speed used for "N min read" (words per minute). */
  wordsPerMinute: number;
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
    searchConfig: "arabic",
    numberingSystem: "latn",
    // Arabic words carry clitics (article, conjunctions, pronouns), so fewer words per minute: ~138 wpm (Trauzettel-Klosinski et al., 2012).
    wordsPerMinute: 138,
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
 * Picks the best edition for an Accept-Language header (RFC 9110 quality values),
 * or the default locale when nothing matches.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const range of ranges) {
    const primary = range.tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
