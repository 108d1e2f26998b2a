import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MEDIA_DIR } from "../media-files.ts";
import { renderArtwork } from "./artwork.ts";
import { demoMediaCatalogue } from "./demo-newsroom.ts";

/**
 * Writes the demo newsroom's artwork to packages/db/media/<key>.svg (committed
 * to git, so a fresh clone serves images without running this).
 * `--check` only reports files that are missing, stale or no longer used.
 */
const check = process.argv.includes("--check");
const catalogue = demoMediaCatalogue();
const wanted = new Map(catalogue.map((m) => [`${m.key}.svg`, renderArtwork(m.key, m.width, m.height)]));

let problems = 0;
for (const [file, svg] of wanted) {
  const target = path.join(MEDIA_DIR, file);
  let current: string | null = null;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = null;
  }
  if (current === svg) continue;
  if (check) {
    console.error(`${current === null ? "missing" : "stale"}: ${file}`);
    problems++;
  } else {
    writeFileSync(target, svg);
  }
}
for (const file of readdirSync(MEDIA_DIR).filter((name) => name.endsWith(".svg"))) {
  if (wanted.has(file)) continue;
  if (check) {
    console.error(`unused: ${file}`);
    problems++;
  } else {
    rmSync(path.join(MEDIA_DIR, file));
  }
}
if (check && problems > 0) {
  console.error(`${problems} artwork file(s) out of date: run pnpm --filter @sahifa/db artwork`);
  process.exit(1);
}
console.log(`${wanted.size} artwork files ${check ? "up to date" : "written"} in ${MEDIA_DIR}`);
