import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import { SERVICE_WORKER_PATH } from "../offline/offline-rules.ts";

/** Vite's hashed output never changes under its name: cached for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";
const AN_HOUR = "public, max-age=3600";

/** Browsers look for a new service worker on each visit; a stale one would keep old rules for a day. */
const REVALIDATE = "no-cache";

/** Serves the client build: /assets/* (hashed by Vite), the favicon copied beside it, the offline worker. */
export function serveClientBuild(app: Hono, root: string): void {
  app.get(
    SERVICE_WORKER_PATH,
    serveStatic({ root, onFound: (_path, c) => c.header("Cache-Control", REVALIDATE) }),
  );
  app.use("/assets/*", serveStatic({ root, onFound: (_path, c) => c.header("Cache-Control", IMMUTABLE) }));
  app.get("/favicon.svg", serveStatic({ root, onFound: (_path, c) => c.header("Cache-Control", AN_HOUR) }));
}
