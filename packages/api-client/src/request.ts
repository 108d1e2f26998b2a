import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";

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

// Printing a document costs more than sending it; each query is printed once per process.
const printed = new WeakMap<object, string>();
function queryText(document: object): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document as Parameters<typeof print>[0]);
    printed.set(document, text);
  }
  return text;
}

export interface RequestOptions {
  /** The API's GraphQL endpoint (each app reads it from its own env). */
  endpoint: URL | string;
  signal?: AbortSignal;
  /** Extra request headers, e.g. the desk's `Authorization: Bearer <session token>`. */
  headers?: Record<string, string>;
}

/** POSTs one typed document to the API and returns its data; GraphQL errors become an ApiError. */
export async function request<Data, Variables>(
  document: TadaDocumentNode<Data, Variables>,
  variables: Variables,
  options: RequestOptions,
): Promise<Data> {
  const response = await fetch(options.endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...options.headers,
    },
    body: JSON.stringify({ query: queryText(document), variables }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let body: GraphQLResponse<Data>;
  try {
    body = (await response.json()) as GraphQLResponse<Data>;
  } catch {
    throw new ApiError(`API answered ${response.status} without a GraphQL body`, [], response.status);
  }
  if (body.errors?.length) {
    throw new ApiError(
      body.errors.map((error) => error.message).join("; "),
      body.errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : [])),
      response.status,
    );
  }
  if (!body.data) throw new ApiError(`API answered ${response.status} without data`, [], response.status);
  return body.data;
}
