/**
 * Relays one API subscription to the browser as SSE from the web origin. The reader leaving
 * aborts the request, which closes the upstream subscription too.
 */
export async function relaySubscription(
  apiUrl: URL,
  request: Request,
  query: string,
  variables: Record<string, unknown>,
): Promise<Response> {
  const upstream = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query, variables }),
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
