import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { h264Mp4, jpegWithExif } from "./media.fixtures.ts";
import { prepareImage, probeVideo, sniff } from "./probe-upload.ts";

describe("sniff", () => {
  it("recognises the accepted types by their bytes, whatever the name", async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 4, background: "#fff0" } })
      .png()
      .toBuffer();
    const webp = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } })
      .webp()
      .toBuffer();
    const avif = await sharp({ create: { width: 16, height: 16, channels: 3, background: "#fff" } })
      .avif()
      .toBuffer();
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } })
      .gif()
      .toBuffer();
    expect(await sniff(await jpegWithExif(10, 10))).toEqual({ kind: "image", mimeType: "image/jpeg" });
    expect(await sniff(png)).toEqual({ kind: "image", mimeType: "image/png" });
    expect(await sniff(webp)).toEqual({ kind: "image", mimeType: "image/webp" });
    expect(await sniff(avif)).toEqual({ kind: "image", mimeType: "image/avif" });
    expect(await sniff(h264Mp4())).toEqual({ kind: "video", mimeType: "video/mp4" });
    expect(await sniff(gif)).toBeNull();
    expect(await sniff(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(await sniff(new TextEncoder().encode("%PDF-1.7\n"))).toBeNull();
  });
});

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

describe("probeVideo", () => {
  it("accepts H.264 and refuses another codec", () => {
    expect(probeVideo(h264Mp4())).toMatchObject({ width: 320, height: 180 });
    expect(probeVideo(h264Mp4("hvc1"))).toEqual({ key: "notH264" });
    expect(probeVideo(h264Mp4().subarray(0, 40))).toMatchObject({ key: "corruptVideo" });
  });
});
