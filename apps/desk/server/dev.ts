import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { pino } from "pino";
import type { ServerBuild } from "react-router";
import { createServer as createViteServer } from "vite";
import { EnvError, readEnv } from "../app/env.server.ts";
import { createDeskApp } from "./app.ts";

/**
 * `pnpm dev`: the same Hono app as in production, with Vite in front for modules, styles and
 * hot reload, and the server build loaded afresh from Vite on each request.
 */
async function main() {
  const env = readEnv();
  const logger = pino({ name: "desk" });
  const vite = await createViteServer({ server: { middlewareMode: true }, appType: "custom" });
  const app = createDeskApp({
    build: () => vite.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>,
    mode: "development",
    logger,
    apiUrl: env.API_URL,
  });
  const listener = getRequestListener(app.fetch);
  const server = createServer((request, response) => {
    vite.middlewares(request, response, () => void listener(request, response));
  });
  server.listen(env.PORT, env.HOST, () => logger.info(`desk (dev) on http://localhost:${env.PORT}`));
  const stop = () => {
    server.close();
    void vite.close().finally(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
