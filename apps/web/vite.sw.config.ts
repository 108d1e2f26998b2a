import { defineConfig } from "vite";

/**
 * The offline reading worker (docs/architecture/053-offline-reading.md): one classic script at
 * build/client/sw.js, beside the client build (run after it: that build empties the folder).
 * A classic script rather than a module, so every browser with service workers runs it.
 */
export default defineConfig({
  publicDir: false,
  // Workbox prints its development logs unless told this is production.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "build/client",
    emptyOutDir: false,
    lib: {
      entry: "app/offline/service-worker.ts",
      formats: ["iife"],
      name: "sahifaOfflineReading",
      fileName: () => "sw.js",
    },
  },
});
