import { createHash } from "node:crypto";
import { print } from "@0no-co/graphql.web";

/**
 * How a typed document is named on the wire (docs/architecture/035-trusted-documents.md): its
 * printed text, and the SHA-256 of that text as the trusted-document id. The transport and the
 * manifest build both go through here, so an id always matches the text the API stored for it.
 */

// Printing and hashing a document cost more than sending it; each is done once per process.
const texts = new WeakMap<object, string>();
const ids = new WeakMap<object, string>();

export function documentText(document: object): string {
  let text = texts.get(document);
  if (text === undefined) {
    text = print(document as Parameters<typeof print>[0]);
    texts.set(document, text);
  }
  return text;
}

export function documentId(document: object): string {
  let id = ids.get(document);
  if (id === undefined) {
    id = createHash("sha256").update(documentText(document)).digest("hex");
    ids.set(document, id);
  }
  return id;
}

/** The kind of the document's operation, or null for a fragment-only document. */
export function operationKind(document: object): "query" | "mutation" | "subscription" | null {
  const definitions = (document as { definitions?: Array<{ kind: string; operation?: string }> }).definitions;
  const operation = definitions?.find((definition) => definition.kind === "OperationDefinition");
  return (operation?.operation as "query" | "mutation" | "subscription" | undefined) ?? null;
}
