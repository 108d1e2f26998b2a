import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Pothos and yoga; Vite would pick its .mjs build for our files.
    // Two copies break `instanceof` checks ("Cannot use GraphQLObjectType from another module"), so use one.
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    // The replayed abuse findings (real processes, load, a database cut) run as `pnpm test:security`.
    exclude: ["src/security/**", "**/node_modules/**"],
    // PGlite start + migrate takes seconds per file, and a sign-in is a real scrypt (N=2^17): in CI
    // every package tests at once on two cores, where either can take ten times as long.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
