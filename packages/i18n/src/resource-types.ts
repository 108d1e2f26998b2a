import type { Locale } from "@sahifa/domain/locales";

/** The CLDR plural categories; i18next picks `key_<category>` through Intl.PluralRules. */
export const PLURAL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/**
 * The cardinal plural categories CLDR requires per locale. Written out (rather than
 * asked of Intl at run time) so the compiler can check every locale's resources;
 * resources.test.ts asserts they equal `Intl.PluralRules(locale).resolvedOptions()`.
 * A locale added to the domain without an entry here fails to compile.
 */
export const LOCALE_PLURAL_CATEGORIES = {
  en: ["one", "other"],
  ar: ["zero", "one", "two", "few", "many", "other"],
  // CLDR 42+ gives Spanish a `many` form for round millions ("1.000.000 de lecturas").
  es: ["one", "many", "other"],
} as const satisfies Record<Locale, readonly PluralCategory[]>;

export type LocalePluralCategories = {
  [L in Locale]: (typeof LOCALE_PLURAL_CATEGORIES)[L][number];
};

/**
 * One namespace of a locale, shaped after the English one: the same keys, except
 * that every counted string (`name_one`/`name_other` in English) carries exactly
 * the plural forms of the target locale. A missing or extra key is a type error.
 * So no uncounted key may end in `_<plural category>` (keys are camelCase;
 * `in_review` is fine).
 */
export type LocalizedNamespace<English, Category extends PluralCategory> = {
  [Key in keyof English as Key extends `${infer Base}_${PluralCategory}`
    ? `${Base}_${Category}`
    : Key]: English[Key] extends string ? string : LocalizedNamespace<English[Key], Category>;
};

/** A namespace of locale `L`, typed against its English original. */
export type NamespaceFor<English, L extends Locale> = LocalizedNamespace<English, LocalePluralCategories[L]>;
