import { LOCALE_CONFIG, LOCALES, type Locale } from "@sahifa/domain/locales";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";

export const LocaleEnum = builder.enumType("Locale", {
  description:
    "An edition's language. The value is also the first URL segment of the edition (/en, /ar, /es).",
  values: Object.fromEntries(
    LOCALES.map((locale) => [locale, { value: locale, description: LOCALE_CONFIG[locale].englishName }]),
  ) as Record<Locale, { value: Locale; description: string }>,
});

export const DirectionEnum = builder.enumType("Direction", {
  description: "Writing direction of an edition's text.",
  values: { ltr: { value: "ltr" }, rtl: { value: "rtl" } } as const,
});

export const LOCALE_ARG_DESCRIPTION =
  "Edition to answer in. Without it, the Accept-Language header decides; without that, English.";

/** The edition a root field answers in: its `locale` argument, else the request's Accept-Language choice. */
export function editionOf(locale: Locale | null | undefined, context: Context): Locale {
  return locale ?? context.locale;
}
