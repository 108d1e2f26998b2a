/**
 * `pnpm --filter @sahifa/web fonts:arabic`: writes app/fonts/noto-naskh-arabic-edition.woff2, the
 * Arabic edition's subset of fontsource's Noto Naskh Arabic (variable weight kept), from the
 * characters of app/fonts/arabic-edition-characters.ts. Run it again after changing those
 * characters or upgrading @fontsource-variable/noto-naskh-arabic; a test fails until then.
 */

import { writeFileSync } from "node:fs";
import { SUBSET_FILE, subsetArabicEditionFont } from "../app/fonts/arabic-edition-subset.ts";

const subset = await subsetArabicEditionFont();
writeFileSync(SUBSET_FILE, subset);
console.log(`${SUBSET_FILE.pathname}: ${subset.length} bytes`);
