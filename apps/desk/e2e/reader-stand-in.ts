import { createServer } from "node:http";
import { freePort, type RunningServer } from "@sahifa/e2e-harness/servers";

/**
 * Where READER_URL points during the desk's end-to-end run: the reader editions are another
 * app with their own suite, so the desk's tests only need an origin that answers, to see the
 * preview tab arrive there. It says which path it was asked for and nothing else.
 */
export async function startReaderStandIn(): Promise<RunningServer> {
  const port = await freePort();
  const server = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    response.end(`reader editions stand-in: ${request.url}`);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
