import { createServer, type Server } from "node:http";
import { Server as NetServer } from "node:net";
import type { App } from "./yoga.ts";

export interface ApiServer {
  server: Server;
  port: number;
  /**
   * Stops accepting connections, lets the requests in flight finish (their answers close
   * the connection), and gives up on whatever is still open after `graceMs`.
   */
  shutdown(graceMs: number): Promise<{ forced: boolean }>;
}

/**
 * Listens: everything else (routes, limits, schema) is in the app. The transport rules here:
 * a request body must declare its length, so the app's size limit (413 above
 * LIMITS.maxBodyBytes) cannot be dodged by streaming an unbounded chunked body that the
 * GraphQL parser would buffer whole; and while shutting down, every request that arrives is
 * still answered, and its answer closes its connection.
 */
export function listen(app: App, port: number, host: string): Promise<ApiServer> {
  let draining = false;
  const server = createServer((request, response) => {
    if (draining) response.setHeader("connection", "close");
    if (
      request.headers["transfer-encoding"] !== undefined &&
      request.headers["content-length"] === undefined
    ) {
      response.writeHead(411, { "content-type": "text/plain", connection: "close" });
      response.end("Content-Length required");
      return;
    }
    void app(request, response);
  });

  const shutdown = (graceMs: number) =>
    new Promise<{ forced: boolean }>((resolve) => {
      let forced = false;
      const deadline = setTimeout(() => {
        forced = true;
        server.closeAllConnections();
      }, graceMs);
      // net.Server's close only stops accepting. http.Server's own close would also drop every
      // connection it thinks idle, including ones whose next request is already sent but not yet
      // read (the event loop busy with a query): a client would see that request reset. Idle
      // keep-alive connections end by themselves instead, at the keep-alive timeout, which
      // clients keep shorter than the server's.
      NetServer.prototype.close.call(server, () => {
        clearTimeout(deadline);
        resolve({ forced });
      });
      // Only now do answers close their connections: had they done so before the listener
      // closed, clients would have reconnected into its accept queue, which the kernel resets
      // when the listener closes.
      draining = true;
    });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : port, shutdown });
    });
  });
}
