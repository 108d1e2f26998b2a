import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { FocalPoint, RenditionSpec } from "@sahifa/domain/media";
import { pool as createPool } from "workerpool";
import type { ImageWork } from "./image-worker.ts";
import type { MediaMessage } from "./media-messages.ts";
import type { PreparedImage } from "./prepare-image.ts";

/** Image work that did not finish: its worker crashed, hung past the time allowed, or was closed. */
export class ImageWorkFailed extends Error {}

/** sharp's work for the API, done in worker processes (docs/architecture/086-image-work-in-a-worker-process.md). */
export interface ImageWorkers {
  prepareImage(bytes: Uint8Array): Promise<PreparedImage | MediaMessage>;
  renderRendition(
    master: Uint8Array,
    source: { width: number; height: number },
    spec: RenditionSpec,
    focal: FocalPoint,
  ): Promise<Uint8Array>;
  renderDrawingRendition(
    filePath: string,
    size: { width: number; height: number },
    spec: RenditionSpec,
    focal: FocalPoint,
  ): Promise<Uint8Array>;
  /** Lets the jobs in hand finish, refuses the queued ones, and stops the processes. */
  close(): Promise<void>;
}

export interface ImageWorkerOptions {
  /** Worker processes at most (IMAGE_WORKERS); default DEFAULT_IMAGE_WORKERS. */
  size?: number;
  /** A job still running after this long is given up and its worker replaced (a hang, not work). */
  jobTimeoutMs?: number;
}

/**
 * One process per core, as sharp ran side by side on libuv's threads when it lived in the API, so a
 * front page's first pictures are not made one at a time; at most four, each holding its own libvips.
 */
export const DEFAULT_IMAGE_WORKERS = Math.min(availableParallelism(), 4);

/** Far above the slowest job we make (a 50-megapixel upload's master on a loaded machine). */
const JOB_TIMEOUT_MS = 120_000;

/**
 * The worker's entry file and how Node must run it: under tsx or vitest this module is
 * TypeScript source, and so is the entry, loaded through tsx; in the built API both are
 * JavaScript in dist/ (scripts/build.ts emits the entry beside the bundles).
 */
function workerEntry(): { script: string; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const tsx = createRequire(here).resolve("tsx");
    return {
      script: fileURLToPath(new URL("./image-worker.ts", here)),
      execArgv: ["--import", pathToFileURL(tsx).href],
    };
  }
  return { script: fileURLToPath(new URL("./image-worker.js", here)), execArgv: ["--enable-source-maps"] };
}

/**
 * A bounded pool of image worker processes. No process starts until the first job; a worker
 * that crashes or hangs fails its job with ImageWorkFailed and the next job gets a new one.
 */
export function createImageWorkers(options: ImageWorkerOptions = {}): ImageWorkers {
  const { script, execArgv } = workerEntry();
  const pool = createPool(script, {
    workerType: "process",
    maxWorkers: options.size ?? DEFAULT_IMAGE_WORKERS,
    // Binary data (uploads, masters, renditions) crosses as bytes with Node's structured-clone
    // serialisation; the default JSON would turn every byte into a number in text.
    forkOpts: { serialization: "advanced", execArgv },
  });
  const timeout = options.jobTimeoutMs ?? JOB_TIMEOUT_MS;
  let closed = false;

  async function run<K extends keyof ImageWork>(
    method: K,
    params: Parameters<ImageWork[K]>,
  ): Promise<Awaited<ReturnType<ImageWork[K]>>> {
    if (closed) throw new ImageWorkFailed(`image work "${method}" refused: the image workers are closed`);
    try {
      return await pool.exec(method, params).timeout(timeout);
    } catch (error) {
      throw new ImageWorkFailed(`image work "${method}" failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  return {
    prepareImage: (bytes) => run("prepareImage", [bytes]),
    renderRendition: (master, source, spec, focal) => run("renderRendition", [master, source, spec, focal]),
    renderDrawingRendition: (filePath, size, spec, focal) =>
      run("renderDrawingRendition", [filePath, size, spec, focal]),
    async close() {
      closed = true;
      await pool.terminate();
    },
  };
}
