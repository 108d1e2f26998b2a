import { defineConfig } from "vite";

/**
 * The reader script: a build of its own, apart from React Router's client build, so a reader
 * page loads React, the islands and nothing of the router, the i18n runtime or the desk. It
 * writes into the client build (after it) and records its hashed name in a manifest that the
 * server reads (app/islands/reader-script.server.ts).
 */
export default defineConfig({
  publicDir: false,
  esbuild: { jsx: "automatic" },
  build: {
    outDir: "build/client",
    emptyOutDir: false,
    manifest: ".vite/islands-manifest.json",
    rollupOptions: {
      input: "app/islands/reader-islands.client.tsx",
      output: {
        entryFileNames: "assets/islands-[hash].js",
        chunkFileNames: "assets/islands-[name]-[hash].js",
      },
    },
  },
});
