/**
 * The characters the Arabic edition's own subset of Noto Naskh Arabic carries: Modern Standard
 * Arabic as news text writes it. Everything else fontsource's files of the face still cover (see
 * app/styles/arabic-edition-font.css), so a rarer character keeps the same face, fetched on demand.
 */
export const ARABIC_EDITION_RANGES: readonly (readonly [first: number, last: number])[] = [
  [0x0020, 0x0020], // space: with it this face is the "first available font" that sets Arabic lines' metrics
  [0x060c, 0x060c], // Arabic comma
  [0x061b, 0x061b], // Arabic semicolon
  [0x061f, 0x061f], // Arabic question mark
  [0x0621, 0x063a], // letters, hamza to ghain
  [0x0640, 0x0655], // tatweel, letters fa to yeh, harakat, maddah and hamza marks
  [0x0660, 0x066d], // Arabic-Indic digits, percent sign, decimal and thousands separators, five-pointed star
  [0x0670, 0x0671], // superscript alef, alef wasla
  [0x067e, 0x067e], // peh, gaf, tcheh, veh, keheh and Farsi yeh: foreign names and loanwords
  [0x0686, 0x0686],
  [0x06a4, 0x06a4],
  [0x06a9, 0x06a9],
  [0x06af, 0x06af],
  [0x06cc, 0x06cc],
  [0x200c, 0x200f], // zero-width non-joiner and joiner, left-to-right and right-to-left marks
];

/** Every character of the ranges, as the text a subsetter keeps the glyphs of. */
export function arabicEditionText(): string {
  let text = "";
  for (const [first, last] of ARABIC_EDITION_RANGES)
    for (let code = first; code <= last; code++) text += String.fromCodePoint(code);
  return text;
}

/** The ranges as a CSS `unicode-range` value ("U+60C, U+621-63A, …"). */
export function arabicEditionUnicodeRange(): string {
  const hex = (code: number) => code.toString(16).toUpperCase();
  return ARABIC_EDITION_RANGES.map(([first, last]) =>
    first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`,
  ).join(", ");
}
