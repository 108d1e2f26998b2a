// The web server: React Router's request handler behind express, in place of
// react-router-serve, so that (1) a URL with broken percent-encoding reaches our
// routes (react-router-serve's `app.all("*")` makes express decode the path as a
// route parameter and answer its own bare "400 Bad Request" page), and (2) page
// URLs do not pay a static-file lookup first (see README, "Reader editions").
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express from "express";
import morgan from "morgan";

const root = path.dirname(fileURLToPath(import.meta.url));
const clientDir = path.join(root, "build/client");
const build = await import(pathToFileURL(path.join(root, "build/server/index.js")).href);

const port = Number.parseInt(process.env.PORT ?? "3000", 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0–65535), got "${process.env.PORT}"`);
  process.exit(1);
}
const host = process.env.HOST || undefined;

const app = express();
app.disable("x-powered-by");
app.use(compression());
// Hashed build output: cached for a year.
app.use(
  "/assets",
  express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y", index: false }),
);
// Other files of the client build (favicon, robots.txt): only for paths that name a file.
const otherFiles = express.static(clientDir, { maxAge: "1h", index: false });
app.use((req, res, next) => (/\.[a-z0-9]+$/i.test(req.path) ? otherFiles(req, res, next) : next()));
app.use(morgan("tiny"));
app.use(createRequestHandler({ build, mode: process.env.NODE_ENV }));

const server = app.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === "object" && address ? address.port : port;
  console.log(`[web] reader editions on http://${host ?? "localhost"}:${shown}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => server.close());
