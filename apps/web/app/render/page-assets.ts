import { readFileSync } from "node:fs";
import { LOCALES, type Locale } from "@sahifa/domain/locales";

/** The built files every reader page links: the islands script and the stylesheets it imports. */
export interface PageAssets {
  script: string;
  styles: string[];
  /** Each edition's text face, preloaded so its first paint does not wait for the stylesheet to ask for it. */
  fonts: Partial<Record<Locale, string>>;
  /** The lite pages' stylesheet: the same styles without web fonts (docs/architecture/052-lite-pages.md). */
  liteStyles: string[];
}

/**
 * The font file that sets most of each edition's text: the fontsource subset of its script, or
 * for Arabic the edition's own smaller subset (app/styles/arabic-edition-font.css).
 */
const EDITION_FONT_FILES: Record<Locale, string> = {
  en: "source-serif-4-latin-wght-normal.woff2",
  ar: "noto-naskh-arabic-edition.woff2",
  es: "source-serif-4-latin-wght-normal.woff2",
};

/** The client entry as Vite's manifest names it (vite.config.ts). */
export const CLIENT_ENTRY = "app/islands/reader-islands.client.tsx";
/** The lite pages' stylesheet entry (vite.config.ts). */
export const LITE_STYLES_ENTRY = "app/styles/lite.css";

/**
 * Reads Vite's manifest of the client build, the documented way for a server that renders its
 * own HTML to link Vite's hashed output (vite.dev/guide/backend-integration).
 */
export function readPageAssets(manifestPath: URL): PageAssets {
  let manifest: Record<string, { file: string; css?: string[] }>;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch (error) {
    throw new Error(
      `No client build at ${manifestPath.pathname}: run \`pnpm build\` first (${(error as Error).message})`,
    );
  }
  const entry = manifest[CLIENT_ENTRY];
  if (!entry)
    throw new Error(`The client build's manifest has no entry for ${CLIENT_ENTRY}: run \`pnpm build\`.`);
  const fonts: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    const source = Object.keys(manifest).find((key) => key.endsWith(`/${EDITION_FONT_FILES[locale]}`));
    const file = source ? manifest[source]?.file : undefined;
    if (file) fonts[locale] = `/${file}`;
  }
  const lite = manifest[LITE_STYLES_ENTRY];
  if (!lite)
    throw new Error(`The client build's manifest has no entry for ${LITE_STYLES_ENTRY}: run \`pnpm build\`.`);
  return {
    script: `/${entry.file}`,
    styles: (entry.css ?? []).map((file) => `/${file}`),
    fonts,
    liteStyles: [`/${lite.file}`],
  };
}
