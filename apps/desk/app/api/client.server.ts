import { ApiError, type RequestOptions, request as send } from "@sahifa/api-client/request";
import type { Locale } from "@sahifa/domain/locales";
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

/**
 * Whom a desk call is made for: the session's token and the desk's UI language. A signed-in
 * page's DeskSession is one, so every call a page makes names both or does not compile.
 */
export interface DeskCaller {
  readonly token: string;
  readonly ui: Locale;
}

/** The headers of a call made for `caller`: the API words every refusal in the desk's language. */
export function callerHeaders(caller: DeskCaller): Record<string, string> {
  return { authorization: `Bearer ${caller.token}`, "accept-language": caller.ui };
}

/** `request` made for a signed-in desk user. */
export function requestAs<Data, Variables>(
  caller: DeskCaller,
  document: TadaDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  return request(document, variables, { headers: callerHeaders(caller) });
}
