#!/usr/bin/env node
// `pnpm start:cached`: Varnish on VARNISH_PORT (default 8080) in front of the reader editions
// (READER_PORT, default 3000), and `pnpm start` with VARNISH_PURGE_URLS pointing at it so publishing purges.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const varnishPort = process.env.VARNISH_PORT ?? "8080";
const env = {
  ...process.env,
  VARNISH_PORT: varnishPort,
  VARNISH_PURGE_URLS: process.env.VARNISH_PURGE_URLS ?? `http://127.0.0.1:${varnishPort}`,
  // Readers come through Varnish, so links and feeds name its origin.
  PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? `http://localhost:${varnishPort}`,
  // Varnish is the readers' cache and coalesces misses; a second cache in the reader app would
  // hand a purged page's old data straight back to it (docs/architecture/031-surrogate-keys-and-purge.md).
  READER_CACHE_SECONDS: process.env.READER_CACHE_SECONDS ?? "0",
};
const children = [
  spawn(process.execPath, [path.join(here, "run-varnish.mjs")], { stdio: "inherit", env }),
  spawn("pnpm", ["start"], { stdio: "inherit", env, cwd: path.join(here, "../..") }),
];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  process.exitCode = code;
};
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));
console.log(
  `[varnish] readers: http://localhost:${varnishPort} (cached), http://localhost:${env.READER_PORT ?? 3000} (direct)`,
);
