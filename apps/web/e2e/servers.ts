import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { onCpu } from "./cpu-pinning.ts";

/*
 * Starts what the end-to-end tests, the benchmark and the screenshot script drive: the API on
 * the demo newsroom (its own start entry, on a throwaway PGlite directory, or in its own schema
 * of DATABASE_URL when that is set) and the BUILT web app, each on a free random port.
 */

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const apiRoot = path.resolve(webRoot, "../api");

export interface RunningServers {
  apiUrl: string;
  webUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
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

function startProcess(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, log: () => log.join(""), name };
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}

/**
 * On a real PostgreSQL (CI sets DATABASE_URL) the API gets a schema of its own, so this run
 * neither sees nor disturbs the database of other test files. `pg` is borrowed from
 * @sahifa/db: the web app itself never talks to the database.
 */
async function withPg(databaseUrl: string, sql: string): Promise<void> {
  const require = createRequire(path.join(webRoot, "../../packages/db/package.json"));
  const pg = require("pg") as {
    Client: new (config: {
      connectionString: string;
    }) => {
      connect(): Promise<unknown>;
      query(sql: string): Promise<unknown>;
      end(): Promise<void>;
    };
  };
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

export interface RunningServer {
  url: string;
  /** The server's process id: the benchmark reads its CPU time from /proc. */
  pid?: number;
  stop(): Promise<void>;
}

/** The API on the demo newsroom, on a fresh embedded database; its GraphQL URL is `url`. */
export async function startApi(): Promise<RunningServer> {
  const apiPort = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "sahifa-e2e-pglite-"));
  const databaseUrl = process.env.DATABASE_URL;
  const schema = `e2e_web_${process.pid}_${Date.now()}`;
  if (databaseUrl) await withPg(databaseUrl, `create schema "${schema}"`);
  const apiEnv: NodeJS.ProcessEnv = databaseUrl
    ? { PORT: String(apiPort), DATABASE_URL: inSchema(databaseUrl, schema) }
    : { PORT: String(apiPort), PGLITE_DATA_DIR: dataDir };
  const api = startProcess("api", process.execPath, ["--import", "tsx", "src/bin/start.ts"], apiRoot, apiEnv);
  try {
    await waitForHealth(`http://127.0.0.1:${apiPort}/healthz`, api.child, "api", 120_000);
  } catch (error) {
    await stopProcess(api.child);
    throw new Error(`${(error as Error).message}\n--- api log ---\n${api.log()}`);
  }
  return {
    url: `http://127.0.0.1:${apiPort}/graphql`,
    ...(api.child.pid ? { pid: api.child.pid } : {}),
    async stop() {
      await stopProcess(api.child);
      rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl) await withPg(databaseUrl, `drop schema if exists "${schema}" cascade`);
    },
  };
}

/**
 * The Node flags `pnpm start` gives the web server (package.json's start script: `… node <flags>
 * build/server/main.js`), so the tests and the benchmark run the server as it is run for readers.
 */
export function webServerNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(webRoot, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const start = manifest.scripts.start;
  const match = /\bnode((?:\s+--[^\s]+)*)\s+build\/server\/main\.js\b/.exec(start);
  if (!match) throw new Error(`the web start script does not run "node … build/server/main.js": ${start}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}

/**
 * The BUILT web app (build/server/main.js) talking to `apiUrl`; `env` adds variables such as
 * READER_CACHE_SECONDS, `cpu` keeps it on one core (the benchmark; see cpu-pinning.ts).
 */
export async function startWeb(
  apiUrl: string,
  env: NodeJS.ProcessEnv = {},
  options: { cpu?: number } = {},
): Promise<RunningServer> {
  const webPort = await freePort();
  const node = { command: process.execPath, args: [...webServerNodeFlags(), "build/server/main.js"] };
  const { command, args } = options.cpu === undefined ? node : onCpu(options.cpu, node.command, node.args);
  const url = `http://127.0.0.1:${webPort}`;
  const web = startProcess("web", command, args, webRoot, {
    PORT: String(webPort),
    HOST: "127.0.0.1",
    API_URL: apiUrl,
    PUBLIC_ORIGIN: url,
    NODE_ENV: "production",
    ...env,
  });
  try {
    await waitForHealth(`${url}/healthz`, web.child, "web", 30_000);
  } catch (error) {
    await stopProcess(web.child);
    throw new Error(`${(error as Error).message}\n--- web log ---\n${web.log()}`);
  }
  return { url, ...(web.child.pid ? { pid: web.child.pid } : {}), stop: () => stopProcess(web.child) };
}

export async function startServers(webEnv: NodeJS.ProcessEnv = {}): Promise<RunningServers> {
  const api = await startApi();
  let web: RunningServer;
  try {
    web = await startWeb(api.url, webEnv);
  } catch (error) {
    await api.stop();
    throw error;
  }
  return {
    apiUrl: api.url,
    webUrl: web.url,
    async stop() {
      await web.stop();
      await api.stop();
    },
  };
}
