import { normalizeArabic } from "./arabic-letters.ts";
import { arabicPrepositionAlternative } from "./arabic-light-stem.ts";
import { LOCALE_CONFIG, type Locale } from "./locales.ts";
import { searchWordForms, WORD_RUN } from "./search-word-forms.ts";

export { normalizeArabic, stripArabicDiacritics, toWesternDigits } from "./arabic-letters.ts";

/** Removes accents from Latin letters: "acción" → "accion", "pingüino" → "pinguino", "año" → "ano". */
export function stripLatinAccents(text: string): string {
  // Only combining marks that follow a Latin base are dropped; Arabic marks are normalizeArabic's job.
  return text
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC");
}

/**
 * The character-level part of normalizeForSearch: Arabic letters folded in every locale (an
 * English article may quote an Arabic name, a query may mix scripts), Latin accents too, so
 * "accion" finds "acción" and "Malaga" finds "Málaga" (ñ folds to n as well: readers on
 * non-Spanish keyboards type "Espana"); case folded with the edition's own rules. It never
 * looks past one character and its marks, so it can be tabled per character.
 */
export function foldForSearch(text: string, locale: Locale): string {
  return stripLatinAccents(normalizeArabic(text)).toLocaleLowerCase(LOCALE_CONFIG[locale].intlTag);
}

/**
 * The one text form used for search documents and queries in every edition: folded
 * (foldForSearch), each word replaced by its index form (searchWordForms: Arabic light stem,
 * Spanish and English singulars), whitespace runs collapsed to one space.
 */
export function normalizeForSearch(text: string, locale: Locale): string {
  return searchWordForms(foldForSearch(text, locale), locale).replace(/\s+/gu, " ").trim();
}

/**
 * The second index forms of a text's words, for documents only: Arabic words that may carry a
 * preposition ب, ل or ك, as they would be indexed without it (see arabicPrepositionAlternative).
 */
export function searchWordAlternatives(text: string, locale: Locale): string[] {
  const alternatives: string[] = [];
  for (const [run] of foldForSearch(text, locale).matchAll(WORD_RUN)) {
    const alternative = arabicPrepositionAlternative(run);
    if (alternative !== null) alternatives.push(alternative);
  }
  return alternatives;
}
