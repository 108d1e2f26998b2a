import { type ChildProcess, spawn } from "node:child_process";
import { get } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@sahifa/e2e-harness/servers";

export { freePort };

const runVarnish = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../ops/varnish/run-varnish.mjs",
);

export interface RunningVarnish {
  url: string;
  stop(): Promise<void>;
}

/** A real varnishd with the repository's VCL (ops/varnish) in front of `backendPort`, on a random port. */
export async function startVarnish(options: {
  backendPort: number;
  purgeAcl?: string;
}): Promise<RunningVarnish> {
  const port = await freePort();
  const child = spawn(process.execPath, [runVarnish], {
    env: {
      ...process.env,
      VARNISH_PORT: String(port),
      READER_PORT: String(options.backendPort),
      VARNISH_STORAGE: "malloc,32m",
      ...(options.purgeAcl ? { VARNISH_PURGE_ACL: options.purgeAcl } : {}),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varnishd exited: ${stderr}`);
    try {
      await answers(`${url}/__varnish-ready`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGTERM");
        throw new Error(`varnishd did not listen within 30 s: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { url, stop: () => stopChild(child) };
}

/**
 * Any answer means the listener is up (the backend need not be). A connection of its own, closed after: a
 * pooled keep-alive connection would outlive Varnish's idle timeout and fail the test's first request.
 */
function answers(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false, timeout: 1_000 }, (response) => {
      response.resume();
      response.on("end", resolve);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
