import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing.ts";
import { findDeskMedia, listDeskMedia } from "./desk-media.ts";
import { CHUNK_SIZE, findBlob, readBlob, readBlobRange } from "./media-blobs.ts";
import {
  findCaptions,
  findImageByHash,
  setFocalPoint,
  setMediaText,
  storeCaptions,
  storeImage,
  storeVideo,
} from "./media-library.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const image = (bytes: Uint8Array) => ({
  master: bytes,
  mimeType: "image/jpeg",
  width: 800,
  height: 600,
  uploadedBytes: bytes.byteLength + 10,
  texts: [{ locale: "ar" as const, alt: "قارب صيد عند الرصيف", caption: "ميناء الصيد", credit: "سحيفة" }],
});

async function collect(parts: AsyncIterable<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  for await (const part of parts) chunks.push(part);
  return Buffer.concat(chunks);
}

describe("media blobs", () => {
  it("stores a file in chunks and reads back any byte range across them", async () => {
    const bytes = randomBytes(CHUNK_SIZE * 2 + 12_345);
    const videoId = await storeVideo(
      t.db,
      { bytes, mimeType: "video/mp4", width: 320, height: 180, durationMs: 3000, poster: null, texts: [] },
      null,
    );
    const video = await findDeskMedia(t.db, videoId);
    const blob = (await findBlob(t.db, video!.blobHash!))!;
    expect(blob.size).toBe(bytes.byteLength);
    expect(
      await t.db.selectFrom("media_blob_chunks").where("hash", "=", blob.hash).select("seq").execute(),
    ).toHaveLength(3);
    expect(Buffer.compare(await readBlob(t.db, blob), bytes)).toBe(0);
    const start = CHUNK_SIZE - 100;
    const end = CHUNK_SIZE * 2 + 50;
    expect(
      Buffer.compare(await collect(readBlobRange(t.db, blob, start, end)), bytes.subarray(start, end + 1)),
    ).toBe(0);
    expect((await collect(readBlobRange(t.db, blob, 5, 5)))[0]).toBe(bytes[5]);
  });

  it("keeps identical bytes once, however many items use them", async () => {
    const bytes = randomBytes(5000);
    const first = await storeImage(t.db, image(bytes), null);
    const second = await storeImage(t.db, image(bytes), null);
    expect(first).not.toBe(second);
    const a = await findDeskMedia(t.db, first);
    const b = await findDeskMedia(t.db, second);
    expect(a!.blobHash).toBe(b!.blobHash);
    const blobs = await t.db
      .selectFrom("media_blobs")
      .where("hash", "=", a!.blobHash!)
      .select("hash")
      .execute();
    expect(blobs).toHaveLength(1);
  });

  it("writes nothing when the transaction around an upload fails", async () => {
    const before = await t.db
      .selectFrom("media_blobs")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    await expect(
      storeImage(t.db, { ...image(randomBytes(3000)), texts: [{ locale: "xx" as "en", alt: "x" }] }, null),
    ).rejects.toThrow();
    const after = await t.db
      .selectFrom("media_blobs")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe("media library", () => {
  it("keeps texts per edition, a focal point and captions per locale", async () => {
    const id = await storeImage(t.db, image(randomBytes(4000)), null);
    expect(
      await setMediaText(t.db, id, { locale: "es", alt: "Un barco de pesca en el muelle", credit: "Sahifa" }),
    ).toBe(true);
    expect(await setMediaText(t.db, 999_999, { locale: "es", alt: "x" })).toBe(false);
    expect(await setFocalPoint(t.db, id, { x: 0.25, y: 0.75 })).toBe(true);
    const item = (await findDeskMedia(t.db, id))!;
    expect(item.texts.map((x) => [x.locale, x.alt, x.credit])).toEqual([
      ["ar", "قارب صيد عند الرصيف", "سحيفة"],
      ["es", "Un barco de pesca en el muelle", "Sahifa"],
    ]);
    expect([item.focalX, item.focalY]).toEqual([0.25, 0.75]);
    expect((await findImageByHash(t.db, item.blobHash!))?.focal).toEqual({ x: 0.25, y: 0.75 });

    const videoId = await storeVideo(
      t.db,
      {
        bytes: randomBytes(2000),
        mimeType: "video/mp4",
        width: 640,
        height: 360,
        durationMs: 1000,
        poster: image(randomBytes(1000)),
        texts: [{ locale: "en", alt: "A harbour at dawn" }],
      },
      null,
    );
    const video = (await findDeskMedia(t.db, videoId))!;
    expect(video.posterMediaId).not.toBeNull();
    expect(await storeCaptions(t.db, videoId, "ar", new TextEncoder().encode("WEBVTT\n"))).toBe(true);
    expect(await storeCaptions(t.db, id, "ar", new TextEncoder().encode("WEBVTT\n"))).toBe(false);
    expect((await findCaptions(t.db, [videoId])).map((c) => c.locale)).toEqual(["ar"]);
  });

  it("pages the library newest first", async () => {
    const page1 = await listDeskMedia(t.db, { limit: 2, kind: "image" });
    expect(page1).toHaveLength(2);
    const last = page1[1]!;
    const page2 = await listDeskMedia(t.db, { limit: 50, kind: "image", afterId: last.id });
    expect(page2.length).toBeGreaterThan(0);
    expect(page2.every((m) => m.id < last.id && m.kind === "image")).toBe(true);
  });
});
