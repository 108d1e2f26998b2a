import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import { pino } from "pino";
import type { ServerBuild } from "react-router";
import { EnvError, readEnv } from "../app/env.server.ts";
import { createDeskApp } from "./app.ts";

/** `pnpm start`: the built desk (build/server, build/client) on PORT, until SIGTERM or SIGINT. */
async function main() {
  const env = readEnv();
  const logger = pino({ name: "desk" });
  // This file is built to build/start/start.js; React Router's build sits beside it.
  const buildRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const build = (await import(pathToFileURL(path.join(buildRoot, "server/index.js")).href)) as ServerBuild;
  const app = createDeskApp({
    build,
    mode: "production",
    clientDir: path.join(buildRoot, "client"),
    logger,
    apiUrl: env.API_URL,
  });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    logger.info(`desk on http://localhost:${info.port} (API ${env.API_URL.href}, readers ${env.READER_URL})`);
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing open requests`);
    // Requests in flight finish; idle keep-alive sockets close now so the process can exit.
    server.close(() => process.exit(0));
    if ("closeIdleConnections" in server) server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
