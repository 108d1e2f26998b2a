import { readdirSync, readFileSync } from "node:fs";
import { createFile } from "mp4box";
import sharp from "sharp";

/**
 * Test files made here, not downloaded: a JPEG carrying EXIF (orientation,
 * a GPS position and a description) and a tiny MP4 whose one video track is
 * declared H.264 (or another codec).
 */
export async function jpegWithExif(width: number, height: number, options: { orientation?: number } = {}) {
  return sharp({ create: { width, height, channels: 3, background: "#3a7bd5" } })
    .jpeg({ quality: 90 })
    .withMetadata(options.orientation ? { orientation: options.orientation } : {})
    .withExif({
      IFD0: { ImageDescription: "Tripoli harbour" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "34/1 26/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "35/1 50/1 0/1",
      },
    })
    .toBuffer();
}

export function h264Mp4(type: "avc1" | "hvc1" = "avc1"): Uint8Array {
  const file = createFile();
  const sps = [0x67, 0x42, 0x00, 0x1e, 0x95, 0xa0, 0x50, 0x7c, 0x40];
  const pps = [0x68, 0xce, 0x38, 0x80];
  const avcC = new Uint8Array([
    1,
    0x42,
    0,
    0x1e,
    0xff,
    0xe1,
    0,
    sps.length,
    ...sps,
    1,
    0,
    pps.length,
    ...pps,
  ]);
  const track = file.addTrack({
    type,
    width: 320,
    height: 180,
    timescale: 1000,
    ...(type === "avc1" ? { avcDecoderConfigRecord: avcC.buffer } : {}),
  });
  for (let i = 0; i < 3; i++) {
    file.addSample(track, new Uint8Array([0, 0, 0, 4, 0x65, 0x88, 0x84, 0x00]), {
      duration: 1000,
      is_sync: i === 0,
    });
  }
  const stream = file.getBuffer();
  return new Uint8Array(stream.buffer.slice(0, stream.byteLength));
}

/** The image worker processes this test process has started now (Linux /proc). */
export function imageWorkerPids(): number[] {
  const children = readdirSync(`/proc/${process.pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${process.pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
  );
  return children.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("image-worker");
    } catch {
      // Gone since the list was read.
      return false;
    }
  });
}
