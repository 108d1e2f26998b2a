import { ApiError, type RequestOptions, request as send } from "@sahifa/api-client/request";
import type { TadaDocumentNode } from "gql.tada";
import { env } from "../env.server.ts";

export { ApiError };

/** `request` aimed at API_URL unless the caller names another endpoint. */
export function request<Data, Variables>(
  document: TadaDocumentNode<Data, Variables>,
  variables: Variables,
  options: Partial<RequestOptions> = {},
): Promise<Data> {
  return send(document, variables, { ...options, endpoint: options.endpoint ?? env.API_URL });
}
