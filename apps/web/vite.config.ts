import { defineConfig } from "vite";

/**
 * One Vite config, two builds (https://vite.dev/guide/ssr#building-for-production):
 * - `vite build`: the reader's browser bundle, the islands script and its stylesheets, with a
 *   manifest the server reads to link them (build/client);
 * - `vite build --ssr app/server/main.ts`: the server, workspace packages bundled in (they export
 *   TypeScript source), npm dependencies left to Node (build/server).
 */
export default defineConfig(({ isSsrBuild }) => ({
  esbuild: { jsx: "automatic" },
  publicDir: "public",
  build: isSsrBuild
    ? { outDir: "build/server", emptyOutDir: true, target: "node20", sourcemap: true }
    : {
        outDir: "build/client",
        emptyOutDir: true,
        manifest: true,
        rollupOptions: {
          // The islands script (with the full pages' styles and fonts), and the lite pages' stylesheet.
          input: ["app/islands/reader-islands.client.tsx", "app/styles/lite.css"],
          output: {
            entryFileNames: "assets/islands-[hash].js",
            chunkFileNames: "assets/islands-[name]-[hash].js",
          },
        },
      },
  ssr: { noExternal: [/^@sahifa\//] },
}));
