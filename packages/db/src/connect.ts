import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database.ts";
import { PGliteDialect } from "./pglite-dialect.ts";

// Counts (bigint) and numerics come back from pg as strings; we parse counts where we read them.

export interface ConnectOptions {
  /** A postgres:// URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory (default: <repo>/.data/pglite). `memory://` for a throwaway database. */
  dataDir?: string | undefined;
  /** Postgres schema to use as search_path (tests isolate themselves this way). */
  schema?: string | undefined;
  /** Maximum pool size for pg. */
  poolSize?: number;
}

export interface Connection {
  db: Kysely<Database>;
  kind: "pglite" | "pg";
  /** PostgreSQL only: the pool itself, for libraries that take a `pg` pool (the sign-in throttle's store). */
  pgPool?: pg.Pool;
  close(): Promise<void>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const DEFAULT_DATA_DIR = path.join(repoRoot, ".data", "pglite");

export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl) return connectPg(databaseUrl, options);
  return connectPglite(options.dataDir ?? process.env.PGLITE_DATA_DIR ?? DEFAULT_DATA_DIR, options.schema);
}

function connectPg(databaseUrl: string, options: ConnectOptions): Connection {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    ...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {}),
  });
  // A client losing its server must not crash the process: the pool only listens on idle clients,
  // so each client gets its own listener for the time it is checked out; the next query reconnects.
  pool.on("error", (error) => {
    console.error(`[db] idle PostgreSQL client error: ${error.message}`);
  });
  pool.on("connect", (client) => {
    client.on("error", (error) => {
      console.error(`[db] PostgreSQL client error: ${error.message}`);
    });
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: "pg", pgPool: pool, close: () => db.destroy() };
}

async function connectPglite(dataDir: string, schema: string | undefined): Promise<Connection> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  // Imported here, not at start: a process on PostgreSQL never needs the embedded database's code.
  const [{ PGlite }, { pg_trgm }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
  ]);
  // pg_trgm backs the translation memory's fuzzy matching, as on the server.
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  if (schema) {
    await client.exec(
      `create schema if not exists ${quoteIdent(schema)}; set search_path to ${quoteIdent(schema)}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return { db, kind: "pglite", close: () => db.destroy() };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Invalid schema name "${name}"`);
  return `"${name}"`;
}
