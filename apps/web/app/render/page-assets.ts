import { readFileSync } from "node:fs";

/** The built files every reader page links: the islands script and the stylesheets it imports. */
export interface PageAssets {
  script: string;
  styles: string[];
}

/** The client entry as Vite's manifest names it (vite.config.ts). */
export const CLIENT_ENTRY = "app/islands/reader-islands.client.tsx";

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
  return { script: `/${entry.file}`, styles: (entry.css ?? []).map((file) => `/${file}`) };
}
