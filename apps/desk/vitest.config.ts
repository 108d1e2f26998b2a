import { defineConfig } from "vitest/config";

// Component, loader and server tests: server rendering to strings, no DOM emulation needed.
export default defineConfig({
  test: {
    include: ["app/**/*.test.{ts,tsx}", "server/**/*.test.ts"],
    environment: "node",
  },
});
