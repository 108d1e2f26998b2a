// The web server: node:http in front of React Router's request handler, in place of
// react-router-serve. (1) A URL with broken percent-encoding reaches our routes, which answer
// it with a proper page (react-router-serve's express answers its own bare "400 Bad Request").
// (2) Page URLs pay no static-file lookup first. (3) No express: its request pipeline and the
// access logger were 8 % of the server's CPU per page, and the log is written in batches
// (see README, "Reader editions").
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import compression from "compression";
import { createRequestHandler } from "react-router";
import serveStatic from "serve-static";
import { createAccessLog } from "./server/access-log.mjs";
import { sendFetchResponse, toFetchRequest } from "./server/fetch-bridge.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
const clientDir = path.join(root, "build/client");
const build = await import(pathToFileURL(path.join(root, "build/server/index.js")).href);

const port = Number.parseInt(process.env.PORT ?? "3000", 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0–65535), got "${process.env.PORT}"`);
  process.exit(1);
}
const host = process.env.HOST || undefined;

const handleRequest = createRequestHandler(build, process.env.NODE_ENV);
const logAccess = createAccessLog();
/** @type {(response: Response) => string | undefined} */
const pageTextOf = build.entry.module.pageTextOf ?? (() => undefined);
/**
 * Connect-style middleware, typed by @types/compression as express's.
 * @type {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, next: () => void) => void}
 */
const compress = /** @type {any} */ (compression());
// Hashed build output: cached for a year.
const assets = serveStatic(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y", index: false });
// Other files of the client build (favicon, robots.txt).
const otherFiles = serveStatic(clientDir, { maxAge: "1h", index: false });
const ASSETS_PREFIX = "/assets/";
const NAMES_A_FILE = /\.[a-z0-9]+$/i;

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
function route(req, res) {
  const url = req.url ?? "/";
  const pathname = url.split("?", 1)[0] ?? url;
  if (pathname.startsWith(ASSETS_PREFIX)) {
    // Served from the assets folder as if mounted there; a missing file gets the site's 404 page.
    req.url = url.slice(ASSETS_PREFIX.length - 1);
    assets(req, res, () => {
      req.url = url;
      answer(req, res);
    });
  } else if (NAMES_A_FILE.test(pathname)) {
    otherFiles(req, res, () => answer(req, res));
  } else {
    answer(req, res);
  }
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
async function answer(req, res) {
  logAccess(req, res);
  /** @type {Request} */
  let request;
  try {
    request = toFetchRequest(req, res);
  } catch (error) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
    res.end(`Bad request: ${/** @type {Error} */ (error).message}\n`);
    return;
  }
  try {
    const response = await handleRequest(request);
    await sendFetchResponse(res, response, pageTextOf(response));
  } catch (error) {
    // React Router answers its own errors with the error page; this is a failure around it.
    console.error(error);
    if (res.headersSent) {
      res.destroy();
    } else {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error\n");
    }
  }
}

const server = createServer((req, res) => compress(req, res, () => route(req, res)));
server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === "object" && address ? address.port : port;
  console.log(`[web] reader editions on http://${host ?? "localhost"}:${shown}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close();
    // Live-event streams never end by themselves: cut what is still open after a moment.
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  });
}
