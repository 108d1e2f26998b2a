import { defineConfig } from "vitest/config";

// Component and loader tests: server rendering to strings, no DOM emulation needed.
export default defineConfig({
  test: {
    include: ["app/**/*.test.{ts,tsx}", "server/**/*.test.ts"],
    environment: "node",
  },
});
