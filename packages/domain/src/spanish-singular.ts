/**
 * Spanish plurals in -es read as their singular, before PostgreSQL's Snowball stemmer
 * (docs/architecture/050-search-word-forms.md). Snowball strips a verb ending -ad or -er from a
 * singular noun but not from its plural: "ciudad" is 'ciud' and "ciudades" 'ciudad', "mujer"
 * 'muj' and "mujeres" 'mujer'. Handing Snowball the singular gives both one stem. Gender in
 * -o/-a and plurals in a vowel + s Snowball already stems alike (niño, niña, niños → 'nin').
 *
 * Takes one lower-case run of Latin letters with accents folded ("jovenes", not "jóvenes").
 */

/** Stop words in -es that the rule would turn into words Snowball indexes ("antes" → "ant"). */
const KEEP = new Set(["antes", "quienes", "estes", "estuvieses", "hubieses", "fueses", "tienes", "tuvieses"]);
const CONSONANT_PLURAL = /[^aeiou]es$/u;

export function spanishSingular(word: string): string {
  if (KEEP.has(word)) return word;
  // A final z is written c before -es (luz/luces, vez/veces): one letter for both.
  const singular = CONSONANT_PLURAL.test(word) && word.length - 2 >= 3 ? word.slice(0, -2) : word;
  return singular.endsWith("z") && singular.length >= 3 ? `${singular.slice(0, -1)}c` : singular;
}
