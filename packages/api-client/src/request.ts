import type { TadaDocumentNode } from "gql.tada";
import { documentId, documentText, operationKind } from "./document-id.ts";
import { fetchTransmit, type SentRequest, type Transmit } from "./transmit.ts";

/** The API answered with errors or could not be reached; routes turn this into an error page, never a crash. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

type Sent<Data> = SentRequest<GraphQLResponse<Data>>;

export interface RequestOptions {
  /** The API's GraphQL endpoint (each app reads it from its own env). */
  endpoint: URL | string;
  signal?: AbortSignal;
  /** Extra request headers, e.g. the desk's `Authorization: Bearer <session token>`. */
  headers?: Record<string, string>;
  /** How to reach the API (e.g. `undiciTransmit` over a server's pool); the global `fetch` when absent. */
  transmit?: Transmit;
}

/**
 * The longest GET URL sent; a query whose variables make it longer is POSTed (proxies and
 * servers commonly refuse URLs past 8 KB).
 */
const MAX_GET_URL_LENGTH = 4_000;
/** What the API answers for an id it has no document for (docs/architecture/035-trusted-documents.md). */
const UNKNOWN_DOCUMENT = "PERSISTED_QUERY_NOT_FOUND";
/** The API's CSRF header (apps/api/src/http/csrf-header.ts), which a GET must carry to be answered. */
const CSRF_HEADER = "x-graphql-yoga-csrf";

/**
 * Sends one typed document to the API and returns its data; GraphQL errors become an ApiError.
 * The document goes by its trusted-document id (the SHA-256 of its text): a query as a GET,
 * which HTTP caches and the API's ETags serve, a mutation as a POST. An API that does not know
 * the id (one built from other sources) gets the full text instead, which it answers unless it
 * runs with TRUSTED_DOCUMENTS_ONLY.
 */
export async function request<Data, Variables>(
  document: TadaDocumentNode<Data, Variables>,
  variables: Variables,
  options: RequestOptions,
): Promise<Data> {
  const byId = await send<Data>(document, variables, options, "id");
  if (!byId.body?.errors?.some((error) => error.extensions?.code === UNKNOWN_DOCUMENT)) return answer(byId);
  return answer(await send<Data>(document, variables, options, "text"));
}

async function send<Data>(
  document: object,
  variables: unknown,
  options: RequestOptions,
  as: "id" | "text",
): Promise<Sent<Data>> {
  const headers: Record<string, string> = {
    accept: "application/graphql-response+json, application/json",
    ...options.headers,
  };
  const extensions = { persistedQuery: { version: 1, sha256Hash: documentId(document) } };
  const transmit = options.transmit ?? fetchTransmit;
  const signal = options.signal ? { signal: options.signal } : {};
  if (as === "id" && operationKind(document) === "query") {
    const url = new URL(options.endpoint);
    url.searchParams.set("variables", JSON.stringify(variables ?? {}));
    url.searchParams.set("extensions", JSON.stringify(extensions));
    if (url.href.length <= MAX_GET_URL_LENGTH)
      return transmit(url, { method: "GET", headers: { ...headers, [CSRF_HEADER]: "1" }, ...signal });
  }
  const payload = as === "id" ? { variables, extensions } : { query: documentText(document), variables };
  return transmit(options.endpoint, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(payload),
    ...signal,
  });
}

function answer<Data>({ status, body }: Sent<Data>): Data {
  if (!body) throw new ApiError(`API answered ${status} without a GraphQL body`, [], status);
  if (body.errors?.length) {
    throw new ApiError(
      body.errors.map((error) => error.message).join("; "),
      body.errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : [])),
      status,
    );
  }
  if (!body.data) throw new ApiError(`API answered ${status} without data`, [], status);
  return body.data;
}
