import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { jpegWithExif } from "./media.fixtures.ts";
import { prepareImage } from "./prepare-image.ts";

describe("prepareImage", () => {
  it("applies the orientation and removes EXIF, GPS included", async () => {
    // Stored 40×20 with orientation 6 (rotate 90° clockwise to view): upright it is 20×40.
    const upload = await jpegWithExif(40, 20, { orientation: 6 });
    expect((await sharp(upload).metadata()).exif).toBeDefined();
    const prepared = await prepareImage(upload);
    if ("key" in prepared) throw new Error(prepared.key);
    expect([prepared.width, prepared.height]).toEqual([20, 40]);
    const metadata = await sharp(prepared.master).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect(Buffer.from(prepared.master).includes("Tripoli harbour")).toBe(false);
  });

  it("refuses a truncated JPEG and a decompression bomb", async () => {
    const whole = await jpegWithExif(600, 400);
    expect(await prepareImage(whole.subarray(0, Math.floor(whole.byteLength / 2)))).toEqual({
      key: "corruptImage",
    });
    // 8000×8000 = 64 megapixels of one colour: a small file, a huge decode.
    const bomb = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    expect(await prepareImage(bomb)).toEqual({ key: "tooManyPixels", values: { count: 50 } });
  });
});
