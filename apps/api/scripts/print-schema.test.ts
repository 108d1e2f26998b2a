import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printedSchema, SCHEMA_FILE } from "./print-schema.ts";

describe("schema.graphql", () => {
  it("matches the schema the code builds (run `pnpm --filter @sahifa/api schema:print` after a change)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(printedSchema());
  });
});
