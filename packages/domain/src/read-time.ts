import { type BodyBlock, bodyText } from "./blocks.ts";
import { LOCALE_CONFIG, type Locale } from "./locales.ts";

/**
 * A word is a whitespace-separated token holding at least one letter or digit,
 * so punctuation, dashes and emoji standing alone do not count. Arabic clitics
 * (و، ال، ب) are written joined to their word and count as part of it, which is
 * what the Arabic reading speed in LOCALE_CONFIG measures too.
 */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) words += 1;
  }
  return words;
}

/**
 * "N min read" for a body or plain text, at the edition's reading speed
 * (LOCALE_CONFIG[locale].wordsPerMinute). Rounded to the nearest minute,
 * never less than 1: a short item still takes a moment to read. Images,
 * galleries and videos add nothing beyond their captions and titles.
 */
export function readTimeMinutes(content: readonly BodyBlock[] | string, locale: Locale): number {
  const text = typeof content === "string" ? content : bodyText(content);
  const minutes = Math.round(countWords(text) / LOCALE_CONFIG[locale].wordsPerMinute);
  return Math.max(1, minutes);
}
