/**
 * Spanish plurals in -es read as their singular, before PostgreSQL's Snowball stemmer
 * (docs/architecture/050-search-word-forms.md). Snowball strips a verb ending -ad or -er from a
 * singular noun but not from its plural: "ciudad" is 'ciud' and "ciudades" 'ciudad', "mujer"
 * 'muj' and "mujeres" 'mujer'. Handing Snowball the singular gives both one stem. Gender in
 * -o/-a and plurals in a vowel + s Snowball already stems alike (niño, niña, niños → 'nin');
 * the feminine in -esa of a masculine in -és is read as the masculine (francesa → frances).
 *
 * Takes one lower-case run of Latin letters with accents folded ("jovenes", not "jóvenes").
 */

/** Stop words in -es that the rule would turn into words Snowball indexes ("antes" → "ant"). */
const KEEP = new Set(["antes", "quienes", "estes", "estuvieses", "hubieses", "fueses", "tienes", "tuvieses"]);
/**
 * A consonant + -es, but not -tes or -bles: their singulars end in -e (estudiante, responsable),
 * which Snowball strips with the suffixes -ante, -ente, -able, -ible only when the e is there.
 */
const CONSONANT_PLURAL = /(?:[^aeioutl]|[^b]l)es$/u;
const FEMININE_ESA = /esas?$/u;

export function spanishSingular(word: string): string {
  if (KEEP.has(word)) return word;
  // Six letters at least, so that "mesa" (table) does not become "mes" (month).
  const masculine = word.length >= 6 && FEMININE_ESA.test(word) ? word.replace(/as?$/u, "") : word;
  const singular =
    CONSONANT_PLURAL.test(masculine) && masculine.length - 2 >= 3 ? masculine.slice(0, -2) : masculine;
  // A final z is written c before -es (luz/luces, vez/veces): one letter for both.
  return singular.endsWith("z") && singular.length >= 3 ? `${singular.slice(0, -1)}c` : singular;
}
