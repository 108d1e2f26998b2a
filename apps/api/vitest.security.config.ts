import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/** `pnpm test:security`: the abuse findings replayed against a real app, database and process. */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["src/security/**/*.test.ts"], exclude: ["**/node_modules/**"] },
});
