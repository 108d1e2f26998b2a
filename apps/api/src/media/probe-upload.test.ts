import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { h264Mp4, jpegWithExif } from "./media.fixtures.ts";
import { probeVideo, sniff } from "./probe-upload.ts";

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

describe("probeVideo", () => {
  it("accepts H.264 and refuses another codec", async () => {
    await expect(probeVideo(h264Mp4())).resolves.toMatchObject({ width: 320, height: 180 });
    await expect(probeVideo(h264Mp4("hvc1"))).resolves.toEqual({ key: "notH264" });
    await expect(probeVideo(h264Mp4().subarray(0, 40))).resolves.toMatchObject({ key: "corruptVideo" });
  });
});
