import { readFileSync } from "node:fs";

/** The source module of the reader script, served and transformed by Vite in development. */
const DEVELOPMENT_ENTRY = "/app/islands/reader-islands.client.tsx";
/** Where `vite build --config vite.islands.config.ts` records the hashed file it wrote. */
const MANIFEST = ".vite/islands-manifest.json";
const MANIFEST_KEY = "app/islands/reader-islands.client.tsx";

let built: string | null = null;

/**
 * The URL of the reader script in this build. The server bundle is build/server/index.js,
 * so the client build is ../client from here; the manifest is read once.
 */
export function readerScriptUrl(): string {
  if (import.meta.env.DEV) return DEVELOPMENT_ENTRY;
  if (built === null) {
    const manifest = JSON.parse(
      readFileSync(new URL(`../client/${MANIFEST}`, import.meta.url), "utf8"),
    ) as Record<string, { file: string }>;
    const entry = manifest[MANIFEST_KEY];
    if (!entry) throw new Error(`${MANIFEST} has no entry for ${MANIFEST_KEY}: run the web build.`);
    built = `/${entry.file}`;
  }
  return built;
}
