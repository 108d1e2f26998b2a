import type { IncomingMessage } from "node:http";

/**
 * The address of the client a request comes from, for per-client limits. Behind
 * `trustedProxyHops` proxies (each appending to X-Forwarded-For), the client is that many
 * entries from the right; anything further left was written by the client and is not trusted.
 * Without a socket (in-process `app.fetch`), every request is the same "local" client.
 */
export function clientAddress(
  request: Request,
  socketRequest: IncomingMessage | undefined,
  trustedProxyHops: number,
): string {
  const peer = socketRequest?.socket.remoteAddress ?? "local";
  if (trustedProxyHops <= 0) return peer;
  const forwarded = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxyHops)] ?? peer;
}
