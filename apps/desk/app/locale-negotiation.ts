import { match } from "@formatjs/intl-localematcher";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@sahifa/domain/locales";

/** The language tags of an Accept-Language header, most wanted first (q=0 means "not this one"). */
function requestedLanguages(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, position) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), quality: q === undefined ? 1 : Number(q), position };
    })
    .filter(({ tag, quality }) => tag !== "" && tag !== "*" && quality > 0 && Number.isFinite(quality))
    .sort((a, b) => b.quality - a.quality || a.position - b.position)
    .map(({ tag }) => tag);
}

/** The desk language a browser asks for, by BCP 47 best fit (es-MX → es); English when none fits. */
export function negotiateDeskLocale(acceptLanguage: string | null): Locale {
  let tags = requestedLanguages(acceptLanguage);
  // The matcher throws on a tag that is not well-formed BCP 47; such a tag asks for nothing.
  tags = tags.filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  });
  const chosen = match(tags, [...LOCALES], DEFAULT_LOCALE, { algorithm: "best fit" });
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}
