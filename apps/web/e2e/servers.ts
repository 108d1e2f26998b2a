import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningServer, startApi, startBuiltApp } from "@sahifa/e2e-harness/servers";
import { onCpu } from "./cpu-pinning.ts";

/*
 * The reader app as its end-to-end tests, benchmark and screenshots run it: the BUILT server
 * with the Node flags of `pnpm start`, against an API on the demo newsroom (@sahifa/e2e-harness).
 */

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SERVER_ENTRY = "build/server/main.js";

export { startApi };

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
  if (!match) throw new Error(`the web start script does not run "node … ${SERVER_ENTRY}": ${start}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}

/**
 * The built reader app talking to `apiUrl`; `env` adds variables such as READER_CACHE_SECONDS,
 * `cpu` keeps it on one core (the benchmark; see cpu-pinning.ts). Its PUBLIC_ORIGIN is its own URL.
 */
export async function startWeb(
  apiUrl: string,
  env: NodeJS.ProcessEnv = {},
  options: { cpu?: number } = {},
): Promise<RunningServer> {
  const cpu = options.cpu;
  return startBuiltApp({
    name: "web",
    cwd: webRoot,
    nodeArgs: [...webServerNodeFlags(), SERVER_ENTRY],
    env: { API_URL: apiUrl, ...env },
    publicOriginVariable: "PUBLIC_ORIGIN",
    ...(cpu === undefined ? {} : { wrap: (command: string, args: string[]) => onCpu(cpu, command, args) }),
  });
}

export interface RunningServers {
  apiUrl: string;
  webUrl: string;
  stop(): Promise<void>;
}

/** An API on the demo newsroom and the reader app in front of it (screenshots, Lighthouse). */
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
