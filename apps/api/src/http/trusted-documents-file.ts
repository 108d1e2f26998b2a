import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The manifest `pnpm build` writes next to the API's bundle (docs/architecture/035-trusted-documents.md). */
export const TRUSTED_DOCUMENTS_FILE = "trusted-documents.json";

/**
 * Where the built manifest is: beside dist/start.js when the API runs built, and in dist/ when
 * `pnpm dev` runs the sources (after a `pnpm build`). Null when there is none yet.
 */
export function findTrustedDocumentsFile(startModuleUrl: string): string | null {
  const candidates = [`./${TRUSTED_DOCUMENTS_FILE}`, `../../dist/${TRUSTED_DOCUMENTS_FILE}`].map((relative) =>
    fileURLToPath(new URL(relative, startModuleUrl)),
  );
  return candidates.find((file) => existsSync(file)) ?? null;
}

/** Reads a manifest (`{ "<sha256 hex>": "<document text>" }`), refusing one that is not. */
export function readTrustedDocuments(file: string): Map<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new Error(`${file}: a trusted-documents manifest is an object of id → document text`);
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(parsed)) {
    if (!/^[0-9a-f]{64}$/.test(id) || typeof text !== "string")
      throw new Error(`${file}: entry ${JSON.stringify(id)} is not a SHA-256 id with a document text`);
    documents.set(id, text);
  }
  return documents;
}
