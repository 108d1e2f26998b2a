#!/usr/bin/env node
// Runs varnishd in the foreground in front of the reader app with this folder's VCL.
// Environment: VARNISH_PORT (default 8080), READER_HOST (127.0.0.1), READER_PORT (3000),
// VARNISH_PURGE_ACL (comma-separated addresses or networks allowed to PURGE; default loopback),
// VARNISH_STORAGE (default malloc,256m). Stops varnishd on SIGINT/SIGTERM.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const listenPort = Number(process.env.VARNISH_PORT ?? 8080);
const readerHost = process.env.READER_HOST ?? "127.0.0.1";
const readerPort = Number(process.env.READER_PORT ?? 3000);
const purgers = (process.env.VARNISH_PURGE_ACL ?? "127.0.0.1,::1")
  .split(",")
  .map((entry) => entry.trim())
  .filter(Boolean);

for (const [name, port] of [
  ["VARNISH_PORT", listenPort],
  ["READER_PORT", readerPort],
]) {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`${name} must be a port number (1–65535)`);
}
if (!/^[\w.:-]+$/.test(readerHost)) fail("READER_HOST must be a host name or address");
const aclEntry = (entry) => {
  const match = /^([\w.:]+)(?:\/(\d{1,3}))?$/.exec(entry);
  if (!match) fail(`VARNISH_PURGE_ACL: "${entry}" is not an address or network like 10.0.0.0/8`);
  return match[2] ? `"${match[1]}"/${match[2]};` : `"${match[1]}";`;
};

// varnishd drops privileges to its own user: the work directory must be readable by it.
const workDir = mkdtempSync(path.join(tmpdir(), "sahifa-varnish-"));
chmodSync(workDir, 0o755);
writeFileSync(
  path.join(workDir, "backend.vcl"),
  [
    `backend reader {`,
    `  .host = "${readerHost}";`,
    `  .port = "${readerPort}";`,
    `}`,
    `acl purgers {`,
    ...purgers.map((entry) => `  ${aclEntry(entry)}`),
    `}`,
    "",
  ].join("\n"),
);

const varnishd = spawn(
  "varnishd",
  [
    "-F",
    "-n",
    workDir,
    "-a",
    `127.0.0.1:${listenPort}`,
    "-f",
    path.join(here, "default.vcl"),
    // The generated backend.vcl is found first; default.vcl's folder is searched after it.
    "-p",
    `vcl_path=${workDir}:${here}`,
    "-s",
    process.env.VARNISH_STORAGE ?? "malloc,256m",
  ],
  { stdio: ["ignore", "inherit", "inherit"] },
);
varnishd.on("error", (error) => {
  fail(
    error.code === "ENOENT"
      ? "varnishd not found: install Debian's varnish and varnish-modules (apt-get install varnish varnish-modules)"
      : error.message,
  );
});
varnishd.on("exit", (code, signal) => {
  rmSync(workDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => varnishd.kill("SIGTERM"));

function fail(message) {
  console.error(`[varnish] ${message}`);
  process.exit(1);
}
