import { readFileSync } from "node:fs";
import { constants as osConstants } from "node:os";
import path from "node:path";
import { MEDIA_DIR } from "@sahifa/db/media-files";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { createImageWorkers, type ImageWorkers, ImageWorkFailed } from "./image-workers.ts";
import { imageWorkerPids, jpegWithExif } from "./media.fixtures.ts";

const SQUARE_WEBP = { crop: "square", width: 100, height: 100, format: "webp" } as const;
const CENTRE = { x: 0.5, y: 0.5 };

let workers: ImageWorkers | undefined;
afterEach(async () => {
  await workers?.close();
  workers = undefined;
});

/** A 2-megapixel photo-like JPEG (noise): its master takes the worker a while to make. */
async function photo() {
  const width = 1600;
  const height = 1200;
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24;
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Whether `signal` waits for a (stopped) process: its bit in /proc's pending masks. */
function signalPending(pid: number, signal: "SIGTERM") {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const bit = 1n << BigInt(osConstants.signals[signal] - 1);
  return ["SigPnd", "ShdPnd"].some((mask) => {
    const value = new RegExp(`^${mask}:\\s+([0-9a-f]+)`, "m").exec(status)?.[1];
    return value !== undefined && (BigInt(`0x${value}`) & bit) !== 0n;
  });
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 100));
}

describe("image workers", () => {
  it("start no process before the first image, then prepare uploads and make renditions in one", async () => {
    workers = createImageWorkers();
    expect(imageWorkerPids()).toEqual([]);

    // Orientation 6: stored 40×20, upright 20×40; the master loses its EXIF on the way.
    const prepared = await workers.prepareImage(await jpegWithExif(40, 20, { orientation: 6 }));
    if ("key" in prepared) throw new Error(prepared.key);
    expect(imageWorkerPids()).toHaveLength(1);
    expect([prepared.width, prepared.height, prepared.mimeType]).toEqual([20, 40, "image/jpeg"]);
    expect((await sharp(prepared.master).metadata()).exif).toBeUndefined();
    const whole = await jpegWithExif(600, 400);
    expect(await workers.prepareImage(whole.subarray(0, whole.byteLength / 2))).toEqual({
      key: "corruptImage",
    });

    const rendition = await workers.renderRendition(
      prepared.master,
      prepared,
      { ...SQUARE_WEBP, width: 16, height: 16 },
      CENTRE,
    );
    expect(await sharp(rendition).metadata()).toMatchObject({ format: "webp", width: 16, height: 16 });
    const drawing = await workers.renderDrawingRendition(
      path.join(MEDIA_DIR, "f-an-copper-grid.svg"),
      { width: 1600, height: 900 },
      { crop: "wide", width: 320, height: 180, format: "avif" },
      CENTRE,
    );
    expect(await sharp(drawing).metadata()).toMatchObject({ compression: "av1", width: 320, height: 180 });
    expect(imageWorkerPids()).toHaveLength(1);
  });

  it("fail the job of a worker killed mid-job, and give the next job a new worker", async () => {
    workers = createImageWorkers();
    const bytes = await photo();
    await workers.prepareImage(await jpegWithExif(8, 8));
    const [first] = imageWorkerPids();
    expect(first).toBeDefined();

    const killed = workers.prepareImage(bytes);
    process.kill(first!, "SIGKILL");
    await expect(killed).rejects.toBeInstanceOf(ImageWorkFailed);

    const next = await workers.prepareImage(bytes);
    expect(next).toMatchObject({ width: 1600, height: 1200 });
    const [second] = imageWorkerPids();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
  });

  it("give up a job whose worker hangs, and replace the worker", async () => {
    // Long enough for the replacement's first job, which includes starting its process.
    workers = createImageWorkers({ jobTimeoutMs: 20_000 });
    await workers.prepareImage(await jpegWithExif(8, 8));
    const [hung] = imageWorkerPids();
    // A stopped process answers nothing, as a worker stuck in a loop would.
    process.kill(hung!, "SIGSTOP");
    const given = workers.prepareImage(await jpegWithExif(8, 8)).catch((error: unknown) => error);
    // Past the job's time the pool sends SIGTERM, which a stuck worker dies of but a stopped
    // one holds pending: let it run once the signal waits, as the stuck worker would have died.
    await until(() => signalPending(hung!, "SIGTERM"));
    process.kill(hung!, "SIGCONT");
    expect(await given).toBeInstanceOf(ImageWorkFailed);

    expect(await workers.prepareImage(await jpegWithExif(8, 8))).toMatchObject({ width: 8, height: 8 });
    expect(imageWorkerPids()).toHaveLength(1);
    expect(imageWorkerPids()).not.toContain(hung);
  });

  it("stop their process on close and refuse work after it", async () => {
    workers = createImageWorkers();
    await workers.prepareImage(await jpegWithExif(8, 8));
    expect(imageWorkerPids()).toHaveLength(1);
    await workers.close();
    expect(imageWorkerPids()).toEqual([]);
    await expect(workers.prepareImage(await jpegWithExif(8, 8))).rejects.toBeInstanceOf(ImageWorkFailed);
  });
});
