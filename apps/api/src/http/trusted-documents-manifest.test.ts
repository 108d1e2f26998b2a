import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildTrustedDocuments } from "@sahifa/api-client/trusted-documents";
import { describe, expect, it } from "vitest";

/*
 * The manifest `pnpm build` writes (scripts/build.ts) against the apps' sources read as plain
 * text: every operation written in the reader app or the desk, however it is sent, must be in it,
 * or TRUSTED_DOCUMENTS_ONLY=1 would refuse it in production.
 */
const appsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const SOURCE_ROOTS = ["web", "desk"].map((name) => path.join(appsDir, name, "app"));

/** Operation names in the sources' string literals; an anonymous operation is named by its file. */
function operationsInSources(): string[] {
  const names: string[] = [];
  for (const root of SOURCE_ROOTS) {
    for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
      if (!/\.tsx?$/.test(file) || /\.(test|e2e)\.tsx?$/.test(file)) continue;
      const source = readFileSync(path.join(root, file), "utf8");
      for (const match of source.matchAll(
        /[`"']\s*(?:query|mutation|subscription)\b\s*([A-Za-z_]\w*)?\s*[({]/g,
      ))
        names.push(match[1] ?? `anonymous operation in ${path.relative(appsDir, path.join(root, file))}`);
    }
  }
  return names.sort();
}

const operationName = (text: string) =>
  /^(?:query|mutation|subscription)\s+(\w+)/m.exec(text)?.[1] ?? "anonymous";

describe("the trusted-documents manifest", () => {
  it("holds every operation the reader app and the desk send", { timeout: 60_000 }, async () => {
    const manifest = await buildTrustedDocuments(SOURCE_ROOTS);
    const inSources = operationsInSources();
    expect(inSources.length).toBeGreaterThan(60);
    expect(Object.values(manifest).map(operationName).sort()).toEqual(inSources);
  });
});
