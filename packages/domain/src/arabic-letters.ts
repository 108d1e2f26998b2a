/*
 * Arabic letters as search folds them (docs/architecture/007-arabic-search-rules.md), apart from
 * the word rules so the stemmer's dictionary can fold its own entries (arabic-broken-plurals.ts).
 */

/**
 * Arabic text normalisation for search: documents and queries go
 * through the same function, so every spelling variant of a word meets the
 * same indexed form. Not for display: it throws away information a reader
 * needs (hamza seats, taa marbuta).
 */

/**
 * Arabic combining marks: Quranic annotation signs (U+0610–061A), tashkeel and
 * the madda/hamza marks of decomposed text (U+064B–065F), superscript alef
 * (U+0670) and the small high/low Quranic signs (U+06D6–06ED, except the two
 * letters-like signs U+06E5/06E6 and U+06E9, which are not marks).
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;

/** Letter forms that search treats as one letter. */
const LETTER_FOLDS: Record<string, string> = {
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ (alef wasla) → ا
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
  "\u0649": "\u064A", // ى → ي
  "\u0629": "\u0647", // ة → ه
  // Persian keyboards produce these for Arabic ي/ك; readers type them in queries.
  "\u06CC": "\u064A", // ی → ي
  "\u06A9": "\u0643", // ک → ك
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");

/** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Removes tashkeel (including superscript alef) and tatweel; keeps the letters as written. */
export function stripArabicDiacritics(text: string): string {
  return text.replace(ARABIC_MARKS, "").replace(TATWEEL, "");
}

/** ٠١٢٣٤٥٦٧٨٩ and ۰۱۲۳۴۵۶۷۸۹ → 0123456789. */
export function toWesternDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * Search form of Arabic letters: presentation forms unfolded (NFKC turns ﻻ into لا),
 * diacritics and tatweel removed, alef forms unified (أ إ آ ٱ → ا), hamza on
 * waw/ya dropped (ؤ → و, ئ → ي), ى → ي, ة → ه, Eastern digits → Western. Letter by letter:
 * what a word is indexed as (article, plural) is arabicLightStem's job.
 * Text in other scripts passes through unchanged apart from NFKC.
 */
export function normalizeArabic(text: string): string {
  // Marks are stripped before folding so that decomposed input (ا + U+0654) ends up like أ → ا.
  const composed = stripArabicDiacritics(text.normalize("NFKC"));
  return toWesternDigits(composed.replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter));
}
