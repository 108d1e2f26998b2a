import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";

/** Vite's hashed output never changes under its name: cached for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";
const AN_HOUR = "public, max-age=3600";

/** Serves the client build: /assets/* (hashed by Vite) and the favicon copied beside it. */
export function serveClientBuild(app: Hono, root: string): void {
  app.use("/assets/*", serveStatic({ root, onFound: (_path, c) => c.header("Cache-Control", IMMUTABLE) }));
  app.get("/favicon.svg", serveStatic({ root, onFound: (_path, c) => c.header("Cache-Control", AN_HOUR) }));
}
