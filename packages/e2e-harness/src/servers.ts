import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

/*
 * Starts what end-to-end tests, benchmarks and screenshot scripts drive: the API on the demo
 * newsroom (on a throwaway PGlite directory, or in its own schema of DATABASE_URL when that is
 * set) and a BUILT app, each on a free random port of 127.0.0.1.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const apiRoot = path.join(repoRoot, "apps/api");

export interface RunningServer {
  /** The server's base URL (for the API: its GraphQL endpoint). */
  url: string;
  /** The server's process id: a benchmark reads its CPU time from /proc. */
  pid?: number;
  stop(): Promise<void>;
}

/** Whether nothing listens on `port` of 127.0.0.1 now (0: the system picks one); the port found. */
function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.on("error", () => resolve(undefined));
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const found = typeof address === "object" && address ? address.port : undefined;
      server.close(() => resolve(found));
    });
  });
}

/** The range of `E2E_PORTS` ("4900-4949"), or undefined when it is not set. */
export function portRange(value = process.env.E2E_PORTS): { first: number; last: number } | undefined {
  if (!value) return undefined;
  const match = /^(\d+)-(\d+)$/.exec(value.trim());
  const first = Number(match?.[1]);
  const last = Number(match?.[2]);
  if (!match || first < 1 || last > 65_535 || first > last)
    throw new Error(`E2E_PORTS must be a range such as 4900-4949, not "${value}"`);
  return { first, last };
}

/** Where the next search of the E2E_PORTS range starts, so consecutive calls hand out different ports. */
let nextInRange = 0;

/**
 * A port nothing listens on now, for a server about to start: any free port, or one of the
 * E2E_PORTS range when it is set (a machine shared by several runs gives each its own range).
 */
export async function freePort(): Promise<number> {
  const range = portRange();
  if (!range) {
    const port = await tryListen(0);
    if (port === undefined) throw new Error("no free port on 127.0.0.1");
    return port;
  }
  const size = range.last - range.first + 1;
  for (let step = 0; step < size; step++) {
    const candidate = range.first + ((nextInRange + step) % size);
    if ((await tryListen(candidate)) !== undefined) {
      nextInRange = (candidate - range.first + 1) % size;
      return candidate;
    }
  }
  throw new Error(`no free port in E2E_PORTS ${range.first}-${range.last}`);
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  name: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode} before it was healthy`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}

export interface ProcessSpec {
  /** Named in errors and logs ("api", "web", "desk"). */
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Polled until it answers 2xx. */
  healthUrl: string;
  timeoutMs: number;
}

/**
 * Spawns a server and waits until `healthUrl` answers; if it never does, the error carries the
 * end of its output. `stop` sends SIGTERM (SIGKILL five seconds later).
 */
export async function startProcess(spec: ProcessSpec): Promise<{ pid?: number; stop(): Promise<void> }> {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  try {
    await waitForHealth(spec.healthUrl, child, spec.name, spec.timeoutMs);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`${(error as Error).message}\n--- ${spec.name} log ---\n${log.join("")}`);
  }
  return { ...(child.pid ? { pid: child.pid } : {}), stop: () => stopProcess(child) };
}

/**
 * On a real PostgreSQL (CI sets DATABASE_URL) the API gets a schema of its own, so this run
 * neither sees nor disturbs the database of other test files.
 */
async function withPg(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The same server and database, with `search_path` set to `schema` for every connection. */
function inSchema(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return url.toString();
}

const API_ENTRY = "dist/start.js";

/**
 * The Node flags `pnpm start` gives the API (its package.json start script: `node <flags>
 * dist/start.js`), so tests and benchmarks run the API as it is run in production.
 */
export function apiNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(apiRoot, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const start = manifest.scripts.start;
  const match = /\bnode((?:\s+--[^\s]+)*)\s+dist\/start\.js\b/.exec(start);
  if (!match) throw new Error(`the API start script does not run "node … ${API_ENTRY}": ${start}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}

/**
 * The API on the demo newsroom, on a fresh embedded database (or a fresh schema of
 * DATABASE_URL); its GraphQL URL is `url`. `env` adds variables such as CORS_ORIGIN;
 * `nodeFlags` replaces the start script's Node flags (a benchmark comparing them).
 */
export async function startApi(
  env: NodeJS.ProcessEnv = {},
  options: { nodeFlags?: string[] } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "sahifa-e2e-pglite-"));
  const databaseUrl = process.env.DATABASE_URL;
  const schema = `e2e_${process.pid}_${Date.now()}`;
  if (databaseUrl) await withPg(databaseUrl, `create schema "${schema}"`);
  const database = databaseUrl
    ? { DATABASE_URL: inSchema(databaseUrl, schema) }
    : { PGLITE_DATA_DIR: dataDir };
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await withPg(databaseUrl, `drop schema if exists "${schema}" cascade`);
  };
  let api: Awaited<ReturnType<typeof startProcess>>;
  try {
    api = await startProcess({
      name: "api",
      command: process.execPath,
      // Built JavaScript, as `pnpm start` runs it (turbo builds the API before the e2e tasks).
      args: [...(options.nodeFlags ?? apiNodeFlags()), API_ENTRY],
      cwd: apiRoot,
      // A secret of its own, so the API also starts where NODE_ENV=production demands one.
      env: {
        HOST: "127.0.0.1",
        PORT: String(port),
        PREVIEW_SECRET: randomBytes(32).toString("hex"),
        ...database,
        ...env,
      },
      healthUrl: `http://127.0.0.1:${port}/healthz`,
      timeoutMs: 300_000,
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    ...(api.pid ? { pid: api.pid } : {}),
    async stop() {
      await api.stop();
      await cleanUp();
    },
  };
}

export interface BuiltAppSpec {
  name: string;
  /** The app's folder (its `pnpm start` runs from there). */
  cwd: string;
  /** The Node arguments of its start script, e.g. ["build/server/start.js"]. */
  nodeArgs: string[];
  env?: NodeJS.ProcessEnv;
  /** Default /healthz. */
  healthPath?: string;
  /** Wraps the command, e.g. to pin it to one CPU (`taskset`). */
  wrap?: (command: string, args: string[]) => { command: string; args: string[] };
  /** A variable that gets the app's own origin (its port is chosen here), e.g. PUBLIC_ORIGIN. */
  publicOriginVariable?: string;
}

/** A built app in production mode on a free port of 127.0.0.1 (PORT and HOST set); `url` is its origin. */
export async function startBuiltApp(spec: BuiltAppSpec): Promise<RunningServer> {
  const port = await freePort();
  const node = { command: process.execPath, args: spec.nodeArgs };
  const { command, args } = spec.wrap ? spec.wrap(node.command, node.args) : node;
  const url = `http://127.0.0.1:${port}`;
  const app = await startProcess({
    name: spec.name,
    command,
    args,
    cwd: spec.cwd,
    env: {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      ...(spec.publicOriginVariable ? { [spec.publicOriginVariable]: url } : {}),
      ...spec.env,
    },
    healthUrl: `${url}${spec.healthPath ?? "/healthz"}`,
    timeoutMs: 30_000,
  });
  return { url, ...(app.pid ? { pid: app.pid } : {}), stop: app.stop };
}
