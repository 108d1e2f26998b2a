import { arabicLightStem } from "./arabic-light-stem.ts";
import { englishSingular } from "./english-singular.ts";
import type { Locale } from "./locales.ts";
import { spanishSingular } from "./spanish-singular.ts";

/**
 * The index form of each word of a folded text (docs/architecture/050-search-word-forms.md):
 * Arabic words through the light stemmer in every edition (an English story may quote an
 * Arabic name), Latin words through the edition's plural rules. Documents and queries both
 * pass here, so every form of a word meets the same lexeme.
 */

/**
 * Bumped whenever a rule here or in normalizeForSearch changes what a text is indexed as: the
 * API rebuilds every search document built with an older version when it starts.
 */
export const SEARCH_NORMALIZER_VERSION = 3;

/** A run of Arabic letters or of Latin letters: what one rule applies to. */
export const WORD_RUN = /[\u0621-\u064A]+|\p{Script=Latin}+/gu;

const ARABIC_LETTER = /^[\u0621-\u064A]/u;

/** The index form of one run of WORD_RUN ("" for an Arabic function word). */
export function searchWordForm(run: string, locale: Locale): string {
  if (ARABIC_LETTER.test(run)) return arabicLightStem(run);
  if (locale === "es") return spanishSingular(run);
  if (locale === "en") return englishSingular(run);
  return run;
}

/** Every run of a folded text replaced by its index form. */
export function searchWordForms(folded: string, locale: Locale): string {
  return folded.replace(WORD_RUN, (run) => searchWordForm(run, locale));
}
