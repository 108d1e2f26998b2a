import { defineConfig } from "vitest/config";

// Component, loader and server tests: server rendering to strings, no DOM emulation needed.
export default defineConfig({
  test: {
    include: ["app/**/*.test.{ts,tsx}", "server/**/*.test.ts"],
    environment: "node",
    // The defaults of env.server.ts, whatever the shell running the tests has set.
    env: { API_URL: "http://localhost:4000/graphql", READER_URL: "http://localhost:3000" },
  },
});
