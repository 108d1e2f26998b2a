import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/** Whether the hop at `address`, `hop` steps from the API, is a proxy whose X-Forwarded-For entry is believed. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * The proxies whose X-Forwarded-For the API believes: the first `hops` hops whatever their
 * address, and any hop at an address `proxies` names (proxy-addr's names, e.g. `loopback`,
 * `10.0.0.0/8`), such as the reader app and the desk relaying for their readers and journalists.
 */
export function proxyTrust(options: { hops?: number; proxies?: readonly string[] }): ProxyTrust {
  const hops = options.hops ?? 0;
  const listed = options.proxies?.length ? proxyaddr.compile([...options.proxies]) : () => false;
  return (address, hop) => hop < hops || listed(address, hop);
}

/** Believes no proxy: every client is the address that connected. */
export const TRUST_NO_PROXY: ProxyTrust = () => false;

/**
 * The address of the client a request comes from, for per-client limits: walking
 * X-Forwarded-For from the right while the hop is a trusted proxy, so anything a client wrote
 * further left is never believed. Without a socket (in-process `app.fetch`), the peer is "local".
 */
export function clientAddress(
  request: Request,
  socketRequest: IncomingMessage | undefined,
  trust: ProxyTrust,
): string {
  const peer = socketRequest?.socket.remoteAddress ?? "local";
  const forwarded = request.headers.get("x-forwarded-for") ?? undefined;
  // proxy-addr reads the Node request shape; the fetch Request's header is the one yoga saw.
  const shape = {
    headers: { "x-forwarded-for": forwarded },
    connection: { remoteAddress: peer },
    socket: { remoteAddress: peer },
  };
  return proxyaddr(shape as unknown as IncomingMessage, trust);
}
