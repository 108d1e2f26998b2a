import { serve } from "@hono/node-server";
import { undiciTransmit } from "@sahifa/api-client/undici-transmit";
import pino from "pino";
import { pinoHttp } from "pino-http";
import { Pool } from "undici";
import { createReaderApi } from "../data/reader-api.ts";
import { EnvError, readEnv } from "../env.ts";
import { readPageAssets } from "../render/page-assets.ts";
import { createReaderApp } from "./reader-app.tsx";

/*
 * The reader editions' server: built by `vite build --ssr` into build/server/main.js, next to
 * the client build it serves (build/client).
 */

let env: ReturnType<typeof readEnv>;
try {
  env = readEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = pino({ level: env.logLevel, base: { app: "web" } });
const clientDir = new URL("../client/", import.meta.url);
const readerApp = createReaderApp(
  {
    api: createReaderApi({
      apiUrl: env.apiUrl,
      cacheSeconds: env.readerCacheSeconds,
      timeZone: env.timeZone,
      // Every page queries the API: one pool of kept-alive connections to it, used through undici (088, 096).
      transmit: undiciTransmit(new Pool(env.apiUrl.origin)),
    }),
    origin: env.publicOrigin,
    assets: readPageAssets(new URL(".vite/manifest.json", clientDir)),
    now: () => new Date(),
  },
  logger,
  clientDir.pathname,
);

const accessLog = pinoHttp({
  logger,
  quietReqLogger: true,
  autoLogging: { ignore: (req) => req.url === "/healthz" },
});

const server = serve(
  {
    fetch: readerApp.fetch,
    port: env.port,
    ...(env.host ? { hostname: env.host } : {}),
  },
  (info) => logger.info(`reader editions on http://${env.host ?? "localhost"}:${info.port}`),
);
server.prependListener("request", (req, res) => accessLog(req, res));

/**
 * Stop taking connections and let the page requests in flight finish; live-event streams never
 * end by themselves, so what is still open after the grace period is closed (browsers reconnect).
 */
const GRACE_MS = 2_000;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    logger.info(`${signal}: closing`);
    server.close(() => process.exit(0));
    if ("closeIdleConnections" in server) server.closeIdleConnections();
    setTimeout(() => {
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, GRACE_MS).unref();
  });
}
