import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import subsetFont from "subset-font";
import { arabicEditionText } from "./arabic-edition-characters.ts";

/** The committed subset the reader's stylesheet serves to the Arabic edition. */
export const SUBSET_FILE = new URL("./noto-naskh-arabic-edition.woff2", import.meta.url);

/** fontsource's file of the face for the Arabic script, the subset's source. */
function sourceFont(): Buffer {
  const require = createRequire(import.meta.url);
  return readFileSync(
    require.resolve(
      "@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2",
    ),
  );
}

/**
 * The subset as WOFF2: hb-subset keeps the glyphs of the edition's characters and every form
 * they shape into (initial, medial, final, ligatures, mark positions) and the weight axis.
 */
export async function subsetArabicEditionFont(): Promise<Buffer> {
  return subsetFont(sourceFont(), arabicEditionText(), { targetFormat: "woff2" });
}
