import { documentId, documentText } from "./document-id.ts";
import { definedDocuments } from "./graphql.ts";

/** One GraphQL operation as `request` put it on the wire, read back with its text. */
export interface SentOperation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Reads what the transport sent (a GET or POST by trusted-document id, or a full text) back into
 * the operation's text and variables, for fakes of the API in the apps' tests: an id names one
 * of the documents built by `graphql()` in this process.
 */
export function sentOperation(input: string | URL | Request, init?: RequestInit): SentOperation {
  const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
  const params: { query?: string; variables?: unknown; extensions?: unknown } =
    (init?.method ?? "GET") === "GET"
      ? {
          variables: JSON.parse(url.searchParams.get("variables") ?? "{}"),
          extensions: JSON.parse(url.searchParams.get("extensions") ?? "{}"),
        }
      : JSON.parse(String(init?.body));
  const id = (params.extensions as { persistedQuery?: { sha256Hash?: string } } | undefined)?.persistedQuery
    ?.sha256Hash;
  const query =
    params.query ?? definedDocuments().find((document) => documentId(document) === id) ?? undefined;
  if (query === undefined) throw new Error(`no document was built with the id ${id}`);
  return {
    query: typeof query === "string" ? query : documentText(query),
    variables: (params.variables ?? {}) as Record<string, unknown>,
  };
}
