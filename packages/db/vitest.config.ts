import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The migrated PGlite template is built once before the files start (see src/testing.ts).
    globalSetup: ["./src/testing.global-setup.ts"],
    // Files start PGlite copies in parallel; on a loaded machine that takes seconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
