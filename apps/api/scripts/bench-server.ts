import type { AddressInfo } from "node:net";
import { connect } from "@sahifa/db/connect";
import pg from "pg";
import { listen } from "../src/server.ts";
import { createApp } from "../src/yoga.ts";
import { rawHandler } from "./raw-handler.ts";

/**
 * One benchmark server in a process of its own, so the load generator never
 * shares its event loop: `bench-server.ts api|cached|raw <database-url> <schema> <pool>`.
 * `api` runs without the response cache (every request executes), `cached` with it (in process).
 * Prints the port it listens on, then serves until killed.
 */
const [kind, databaseUrl, schema, poolSize] = process.argv.slice(2);
if ((kind !== "api" && kind !== "cached" && kind !== "raw") || !databaseUrl || !schema) {
  console.error("usage: bench-server.ts api|cached|raw <database-url> <schema> <pool>");
  process.exit(2);
}
const max = Number(poolSize ?? 10);

if (kind === "api" || kind === "cached") {
  const connection = await connect({ databaseUrl, schema, poolSize: max });
  const app = createApp({ db: connection.db, ...(kind === "api" ? { responseCache: null } : {}) });
  const { server } = await listen(app, 0, "127.0.0.1");
  console.log(`port ${(server.address() as AddressInfo).port}`);
} else {
  const pool = new pg.Pool({ connectionString: databaseUrl, max, options: `-c search_path=${schema}` });
  const server = rawHandler(pool);
  server.listen(0, "127.0.0.1", () => console.log(`port ${(server.address() as AddressInfo).port}`));
}
