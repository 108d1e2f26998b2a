import { defineConfig } from "vite";

/**
 * The HTTP server (server/start.ts) built to JavaScript beside React Router's build, so
 * `pnpm start` runs plain Node. Our workspace packages are bundled in (they ship TypeScript);
 * npm dependencies stay external and load from node_modules.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: "server/start.ts",
    outDir: "build/start",
    emptyOutDir: true,
    target: "node20",
  },
  ssr: { noExternal: [/^@sahifa\//] },
});
