import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { apiNodeFlags } from "@sahifa/e2e-harness/servers";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/**
 * The API as `pnpm start` runs it, in a process of its own on a free port with a throwaway
 * embedded database, for tests that need a real process (signals, exits).
 */
export async function startApiProcess(
  env: Record<string, string> = {},
  /** "built": dist/start.js as `pnpm start` runs it (run `pnpm build` first); "source": through tsx. */
  from: "source" | "built" = "source",
): Promise<ApiProcess> {
  const args =
    from === "built" ? [...apiNodeFlags(), "dist/start.js"] : ["--import", "tsx", "src/bin/start.ts"];
  const child = spawn(process.execPath, args, {
    cwd: appDir,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", PGLITE_DATA_DIR: "memory://", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL on (http:\/\/localhost:\d+)\/graphql/.exec(output);
      if (match?.[1]) resolve(match[1].replace("localhost", "127.0.0.1"));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then((code) => reject(new Error(`API exited (${code}) before listening:\n${output}`)));
  });
  return { child, url, output: () => output, exited };
}
