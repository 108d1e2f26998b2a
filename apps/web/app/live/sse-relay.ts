import { documentId } from "@sahifa/api-client/document-id";
import type { TadaDocumentNode } from "gql.tada";

/**
 * Relays one API subscription to the browser as SSE from the web origin. The reader leaving
 * aborts the request, which closes the upstream subscription too. The subscription goes by its
 * trusted-document id, which the API built from this app's sources knows (035).
 */
export async function relaySubscription<Variables extends Record<string, unknown>>(
  apiUrl: URL,
  request: Request,
  subscription: TadaDocumentNode<unknown, Variables>,
  variables: Variables,
): Promise<Response> {
  const extensions = { persistedQuery: { version: 1, sha256Hash: documentId(subscription) } };
  const upstream = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ variables, extensions }),
    signal: request.signal,
  });
  if (!upstream.ok || !upstream.body) return new Response("Live feed unavailable", { status: 502 });
  return new Response(upstream.body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      // Proxies must pass events on as they come, not buffer them.
      "x-accel-buffering": "no",
    },
  });
}
