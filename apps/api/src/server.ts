import { createServer, type Server } from "node:http";
import type { App } from "./yoga.ts";

/**
 * Listens: everything else (routes, limits, schema) is in the app. The one
 * transport rule here: a request body must declare its length, so the app's
 * size limit (413 above LIMITS.maxBodyBytes) cannot be dodged by streaming an
 * unbounded chunked body that the GraphQL parser would buffer whole.
 */
export function listen(app: App, port: number, host: string): Promise<Server> {
  const server = createServer((request, response) => {
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
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
