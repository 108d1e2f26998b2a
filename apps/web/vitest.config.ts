import { defineConfig } from "vitest/config";

// Components, data mappers and the reader app's routes (through app.request): no DOM emulation needed.
export default defineConfig({
  esbuild: { jsx: "automatic" },
  test: {
    include: ["app/**/*.test.{ts,tsx}"],
    environment: "node",
  },
});
