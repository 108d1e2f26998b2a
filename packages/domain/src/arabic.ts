import { LOCALE_CONFIG, type Locale } from "./locales.ts";

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
  "\u0629": "\u0647", // ة → ه (see foldDefiniteFinalHa for the words where it turns back)
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
 * In a word with the definite article (ال, وال, فال, بال, كال, لل) and at least three letters
 * between it and a final ه, that ه is read as ة — after ة → ه has folded both spellings.
 *
 * Why: PostgreSQL's Snowball Arabic stemmer strips a final ه (a pronoun suffix to it) from a
 * bare word but not once it has stripped ال, and a final ة after ال but not from a bare
 * three-letter word. With ة → ه alone, "الحكومة" was indexed as 'حكومه' while the query "حكومة"
 * became 'حكوم'; with ة kept as written, "قصة" ('قصة') and "القصة" ('القص') parted instead.
 * Folding to ه and turning it back to ة in long words with the article gives every form one
 * stem: "حكومة", "الحكومة", "حكومه", "الحكومه", "بالحكومة" → 'حكوم'; "قصة", "القصة", "قصه" → 'قصه'
 * (checked with to_tsvector('arabic', …); the search tests run it on PostgreSQL). "الله" and
 * "لله" are too short to change. One letter for one letter, so offsets into the text stay valid.
 */
const DEFINITE_FINAL_HA =
  /(?<![\u0621-\u064A])((?:[\u0648\u0641\u0628\u0643]?\u0627\u0644|\u0644\u0644)[\u0621-\u064A]{3,})\u0647(?![\u0621-\u064A])/gu;

export function foldDefiniteFinalHa(text: string): string {
  return text.replace(DEFINITE_FINAL_HA, "$1\u0629");
}

/**
 * A word ending in ات with at least two letters before it (not counting the article ال, وال, فال,
 * بال, كال, لل, or else a leading و/ف) is read as its singular in ة: "انتخابات" → "انتخابه".
 *
 * Why: the stemmer strips the whole plural ات from a word with the article but treats a bare word
 * as a verb and strips only the ت: "الانتخابات" was indexed as 'انتخاب' and "انتخابات" as
 * 'انتخابا', "السيارات" as 'سيار' and "سيارات" as 'يارا'. A sound feminine plural is the plural of
 * a singular in ة (حكومة/حكومات, قوة/قوات) or of a masculine noun (انتخاب/انتخابات); written as the
 * singular in ة it goes through the stemmer exactly as that singular does, which the ة/ه rule
 * already stems alike with and without the article: "انتخابات", "الانتخابات", "بالانتخابات",
 * "للانتخابات", "انتخاب" → 'انتخاب'; "قوات", "القوات", "قوة" → 'قوه'. Short words keep their ت:
 * "مات", "بات", "فات", "ذات", "ومات". Two letters become one: normalize-with-offsets callers map
 * the ه onto the original ات (the `onFold` callback gives the ا's index in the input).
 */
const SOUND_FEMININE_PLURAL = /(?<![\u0621-\u064A])([\u0621-\u064A]{2,})\u0627\u062A(?![\u0621-\u064A])/gu;
const PROCLITICS = /^(?:[\u0648\u0641\u0628\u0643]?\u0627\u0644|\u0644\u0644|[\u0648\u0641])/u;

export function foldSoundFemininePlural(text: string, onFold?: (alefIndex: number) => void): string {
  return text.replace(SOUND_FEMININE_PLURAL, (plural: string, before: string, at: number) => {
    if (before.replace(PROCLITICS, "").length < 2) return plural;
    onFold?.(at + before.length);
    return `${before}\u0647`;
  });
}

/**
 * The conjunction و is dropped before the article when at least three letters follow ال:
 * "والحكومة" is read as "الحكومة", "والانتخابات" as "الانتخابات" (light stemmers such as
 * Larkey's light10 treat وال as one prefix for the same reason).
 *
 * Why: PostgreSQL's Snowball Arabic stemmer strips ال, بال, لل but never a و before ال, so
 * "والحكومة" was indexed as 'والحكوم' and "والانتخابات" as 'والانتخاب', apart from 'حكوم' and
 * 'انتخاب'; news text writes "و" + definite noun constantly. Words whose root opens with وال
 * keep it: three letters after ال are required because the stemmer leaves ال on shorter words
 * anyway ("الحق" stays 'الحق') and so that "والد", "والدة", "والي", "والٍ" are not touched; the
 * forms of والد with a suffix that are long enough ("والدها", "والدته", "والديه", "والدين") are
 * listed, so they all still stem as 'والد' ("والدين" is also "and the religion": the parents win,
 * as before this rule). One letter is dropped: normalize-with-offsets callers map the ا that
 * follows onto both letters (`onDrop` gives the و's index in the input).
 */
const CONJUNCTION_BEFORE_ARTICLE =
  /(?<![\u0621-\u064A])\u0648(\u0627\u0644[\u0621-\u064A]{3,})(?![\u0621-\u064A])/gu;
/** والد with a pronoun suffix (through ت or ي for the mother and the parents), dual or plural. */
const PARENT_FORMS =
  /^\u0627\u0644\u062F(?:[\u062A\u064A\u0627]?(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627|\u0647\u0646|\u064A|\u0643|\u0643\u0645|\u0643\u0645\u0627|\u0646\u0627)|\u0627\u0646|\u064A\u0646|\u0627\u062A)$/u;

export function dropConjunctionBeforeArticle(text: string, onDrop?: (wawIndex: number) => void): string {
  return text.replace(CONJUNCTION_BEFORE_ARTICLE, (word: string, definite: string, at: number) => {
    if (PARENT_FORMS.test(definite)) return word;
    onDrop?.(at);
    return definite;
  });
}

/**
 * Search form of Arabic text: presentation forms unfolded (NFKC turns ﻻ into لا),
 * diacritics and tatweel removed, alef forms unified (أ إ آ ٱ → ا), hamza on
 * waw/ya dropped (ؤ → و, ئ → ي), ى → ي, ة → ه (back to ة at the end of long words with
 * the definite article, see foldDefiniteFinalHa), a plural ending ات read as the singular's ة
 * (see foldSoundFemininePlural), و dropped before ال (see dropConjunctionBeforeArticle),
 * Eastern digits → Western.
 * Text in other scripts passes through unchanged apart from NFKC.
 */
export function normalizeArabic(text: string): string {
  // Marks are stripped before folding so that decomposed input (ا + U+0654) ends up like أ → ا.
  const composed = stripArabicDiacritics(text.normalize("NFKC"));
  const folded = toWesternDigits(
    composed.replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter),
  );
  return foldDefiniteFinalHa(foldSoundFemininePlural(dropConjunctionBeforeArticle(folded)));
}

/** Removes accents from Latin letters: "acción" → "accion", "pingüino" → "pinguino", "año" → "ano". */
export function stripLatinAccents(text: string): string {
  // Only combining marks that follow a Latin base are dropped; Arabic marks are normalizeArabic's job.
  return text
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC");
}

/**
 * The one text form used for search documents and queries in every edition.
 * Arabic normalisation applies in every locale (an English article may quote
 * an Arabic name, a query may mix scripts); Latin accents are folded in every
 * locale too, so "accion" finds "acción" and "Malaga" finds "Málaga" (ñ folds
 * to n as well: readers on non-Spanish keyboards type "Espana"). Case is folded
 * with the edition's own rules. Whitespace runs collapse to one space.
 */
export function normalizeForSearch(text: string, locale: Locale): string {
  return stripLatinAccents(normalizeArabic(text))
    .toLocaleLowerCase(LOCALE_CONFIG[locale].intlTag)
    .replace(/\s+/gu, " ")
    .trim();
}
