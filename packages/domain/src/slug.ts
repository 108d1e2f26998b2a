import { normalizeArabic, stripArabicDiacritics, stripLatinAccents, toWesternDigits } from "./arabic.ts";
import type { Locale } from "./locales.ts";

/**
 * URL slugs per edition. English and Spanish slugs are lower-case ASCII
 * ("Qué pasa en Málaga" → "que-pasa-en-malaga"); Arabic slugs keep Arabic
 * letters (percent-encoded on the wire, DESIGN "URLs of the editions") plus any
 * Latin names and digits the title carries. A slug is never empty.
 */

/** Longest slug in characters (code points); longer ones are cut at a hyphen. */
export const SLUG_MAX_LENGTH = 80;

/** Used when a title has no letter or digit a slug can keep (e.g. only punctuation or emoji). */
export const SLUG_FALLBACK: Record<Locale, string> = {
  en: "article",
  es: "articulo",
  ar: "مقال",
};

const AMPERSAND: Record<Locale, string> = { en: " and ", es: " y ", ar: " و " };

/** Latin letters that carry no combining mark to strip, spelled out as ASCII. */
const LATIN_LETTER_FOLDS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Apostrophes join rather than split: "People's" → "peoples", "l'Espagne" → "lespagne". */
const APOSTROPHES = /['\u2018\u2019\u02BC]/g;

function foldLatin(text: string): string {
  return stripLatinAccents(text)
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_LETTER_FOLDS[letter] ?? letter);
}

/** Keeps only characters matching `keep`, with every other run turned into one hyphen. */
function hyphenate(text: string, keep: RegExp): string {
  let slug = "";
  let pendingHyphen = false;
  for (const char of text) {
    if (keep.test(char)) {
      if (pendingHyphen && slug.length > 0) slug += "-";
      slug += char;
      pendingHyphen = false;
    } else {
      pendingHyphen = true;
    }
  }
  return slug;
}

/** Cuts at the last hyphen that keeps the slug within the limit; a single over-long word is cut hard. */
function capLength(slug: string): string {
  const chars = Array.from(slug);
  if (chars.length <= SLUG_MAX_LENGTH) return slug;
  const head = chars.slice(0, SLUG_MAX_LENGTH + 1);
  const lastHyphen = head.lastIndexOf("-");
  const cut = lastHyphen > 0 ? head.slice(0, lastHyphen) : head.slice(0, SLUG_MAX_LENGTH);
  return cut.join("").replace(/-+$/, "");
}

const ASCII_ALNUM = /^[a-z0-9]$/;
// Latin letters and digits, or a letter of the Arabic script (Arabic, plus Persian/Urdu letters in names).
const ARABIC_SLUG_CHAR = /^(?:[a-z0-9]|(?=\p{Script=Arabic})\p{L})$/u;
const ANY_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

export function slugify(title: string, locale: Locale): string {
  const prepared = toWesternDigits(title.normalize("NFKC"))
    .replace(/&/g, AMPERSAND[locale])
    .replace(APOSTROPHES, "");
  let slug: string;
  if (locale === "ar") {
    slug = hyphenate(foldLatin(stripArabicDiacritics(prepared)), ARABIC_SLUG_CHAR);
  } else {
    slug = hyphenate(foldLatin(prepared), ASCII_ALNUM);
    // A Latin-edition title written wholly in another script still gets a readable slug.
    if (slug === "") slug = hyphenate(stripArabicDiacritics(prepared).toLowerCase(), ANY_LETTER_OR_DIGIT);
  }
  slug = capLength(slug);
  return slug === "" ? SLUG_FALLBACK[locale] : slug;
}

/**
 * A slug is valid for an edition when slugify leaves it unchanged: the desk may
 * accept a hand-edited slug exactly when it is already in canonical form.
 */
export function isValidSlug(slug: string, locale: Locale): boolean {
  if (slug.length === 0 || Array.from(slug).length > SLUG_MAX_LENGTH) return false;
  return slugify(slug, locale) === slug;
}

/**
 * What a tag's name or slug reduces to when spelling is set aside: case, accents, Arabic
 * letter variants, spaces, hyphens and punctuation. Two tags with the same key are one tag
 * spelled twice ("Climate-change", "climate change", "Climate Change").
 */
export function spellingKey(text: string): string {
  return normalizeArabic(stripLatinAccents(text.toLowerCase())).replace(/[^\p{L}\p{N}]+/gu, "");
}
