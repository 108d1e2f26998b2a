import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { documentId, documentText, operationKind } from "./document-id.ts";
import { definedDocuments } from "./graphql.ts";

/**
 * Builds the trusted-documents manifest (docs/architecture/035-trusted-documents.md): every
 * operation the given apps define, as `{ id: text }`. Each source module that builds documents
 * with our `graphql()` is imported, so the manifest holds exactly the documents the transport
 * will send, printed and hashed by the same code (document-id.ts).
 */
export type TrustedDocumentsManifest = Record<string, string>;

/** Source files that build GraphQL documents: tests and e2e scripts are not what an app sends. */
export function documentModules(sourceRoot: string): string[] {
  return readdirSync(sourceRoot, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|e2e)\.tsx?$/.test(file))
    .map((file) => path.join(sourceRoot, file))
    .filter((file) => {
      const source = readFileSync(file, "utf8");
      return source.includes("@sahifa/api-client/graphql") && source.includes("graphql(");
    })
    .sort();
}

export async function buildTrustedDocuments(
  sourceRoots: readonly string[],
): Promise<TrustedDocumentsManifest> {
  for (const root of sourceRoots) {
    for (const file of documentModules(root)) await import(pathToFileURL(file).href);
  }
  const manifest: TrustedDocumentsManifest = {};
  for (const document of definedDocuments()) {
    if (operationKind(document) !== null) manifest[documentId(document)] = documentText(document);
  }
  return manifest;
}
