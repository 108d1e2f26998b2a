import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { negotiateLocale } from "@sahifa/domain/locales";
import { createGraphQLError, type GraphQLParams, type Plugin } from "graphql-yoga";
import { apiMessage } from "../messages.ts";

/**
 * Trusted documents (docs/architecture/035-trusted-documents.md): a request may name one of the
 * reader app's and the desk's operations by the SHA-256 of its text instead of sending it, and
 * with `only` (TRUSTED_DOCUMENTS_ONLY=1) nothing else is executed. Ids are read from the
 * `extensions.persistedQuery.sha256Hash` convention our transport sends and from the
 * GraphQL-over-HTTP `documentId` (with or without its `sha256:` prefix).
 */
export function trustedDocuments(options: { documents: ReadonlyMap<string, string>; only: boolean }): Plugin {
  const refusal =
    (code: string, key: "trustedDocumentUnknown" | "trustedDocumentsOnly") =>
    ({ request }: { request: Request }) =>
      createGraphQLError(apiMessage(negotiateLocale(request.headers.get("accept-language")), key), {
        // A request error under the GraphQL-over-HTTP spec: nothing was executed.
        extensions: { code, http: { spec: true, status: 400 } },
      });
  return usePersistedOperations({
    getPersistedOperation: (id) => options.documents.get(id) ?? null,
    allowArbitraryOperations: !options.only,
    extractPersistedOperationId: requestedDocumentId,
    customErrors: {
      notFound: refusal("PERSISTED_QUERY_NOT_FOUND", "trustedDocumentUnknown"),
      keyNotFound: options.only
        ? refusal("PERSISTED_QUERY_ID_REQUIRED", "trustedDocumentsOnly")
        : () =>
            createGraphQLError("Must provide query string.", {
              extensions: { http: { spec: true, status: 400 } },
            }),
      persistedQueryOnly: refusal("PERSISTED_QUERY_ONLY", "trustedDocumentsOnly"),
    },
  }) as Plugin;
}

function requestedDocumentId(params: GraphQLParams, request: Request): string | null {
  const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } })
    ?.persistedQuery;
  if (persisted?.version === 1 && typeof persisted.sha256Hash === "string") return persisted.sha256Hash;
  // yoga keeps only the standard parameters of a GET, so `documentId` is read from the URL there.
  const documentId =
    (params as { documentId?: unknown }).documentId ??
    (request.method === "GET" ? new URL(request.url).searchParams.get("documentId") : null);
  return typeof documentId === "string" ? documentId.replace(/^sha256:/, "") : null;
}
