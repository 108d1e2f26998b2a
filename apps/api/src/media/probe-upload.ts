import { IMAGE_TYPES, type ImageType, MEDIA_LIMITS } from "@sahifa/domain/media";
import { fileTypeFromBuffer } from "file-type";
import { createFile, MP4BoxBuffer } from "mp4box";
import type { Metadata } from "sharp";
import { loadSharp } from "./load-sharp.ts";
import type { MediaMessage } from "./media-messages.ts";

/** What the first bytes of an upload say it is; the file name and declared type are never trusted. */
export type Sniffed =
  | { kind: "image"; mimeType: ImageType }
  | { kind: "video"; mimeType: "video/mp4" }
  | null;

/** Enough bytes for every signature we accept (file-type reads at most this many). */
export const SNIFF_BYTES = 4100;

export async function sniff(head: Uint8Array): Promise<Sniffed> {
  const type = await fileTypeFromBuffer(head);
  if (!type) return null;
  if ((IMAGE_TYPES as readonly string[]).includes(type.mime))
    return { kind: "image", mimeType: type.mime as ImageType };
  if (type.mime === "video/mp4") return { kind: "video", mimeType: "video/mp4" };
  return null;
}

export interface PreparedImage {
  master: Uint8Array;
  mimeType: "image/jpeg" | "image/png";
  width: number;
  height: number;
}

const MEGAPIXELS = MEDIA_LIMITS.imagePixels / 1_000_000;

/**
 * Decodes an uploaded image whole (so a truncated or corrupt file is refused
 * here, not when a reader first asks for it), turns it upright and re-encodes
 * it without any metadata: EXIF, GPS, XMP and IPTC never reach storage. Images
 * with transparency keep it as PNG; the rest become a high-quality JPEG.
 */
export async function prepareImage(bytes: Uint8Array): Promise<PreparedImage | MediaMessage> {
  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    // The header alone: a decompression bomb is refused before any pixel is decoded.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { key: "corruptImage" };
  }
  const { width, height } = metadata;
  if (!width || !height) return { key: "corruptImage" };
  if (width * height > MEDIA_LIMITS.imagePixels)
    return { key: "tooManyPixels", values: { count: MEGAPIXELS } };
  try {
    const image = sharp(bytes, { failOn: "error", limitInputPixels: MEDIA_LIMITS.imagePixels }).rotate();
    const { data, info } = metadata.hasAlpha
      ? await image.png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true })
      : await image.jpeg({ quality: 92, chromaSubsampling: "4:4:4" }).toBuffer({ resolveWithObject: true });
    return {
      master: data,
      mimeType: metadata.hasAlpha ? "image/png" : "image/jpeg",
      width: info.width,
      height: info.height,
    };
  } catch {
    return { key: "corruptImage" };
  }
}

export interface ProbedVideo {
  width: number;
  height: number;
  durationMs: number | null;
}

/** Reads an MP4's boxes: accepted only with an H.264 ("avc1"/"avc3") video track. */
export function probeVideo(bytes: Uint8Array): ProbedVideo | MediaMessage {
  const file = createFile();
  let info: Parameters<NonNullable<typeof file.onReady>>[0] | null = null;
  file.onReady = (movie) => {
    info = movie;
  };
  try {
    const buffer = MP4BoxBuffer.fromArrayBuffer(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      0,
    );
    file.appendBuffer(buffer, true);
    file.flush();
  } catch {
    return { key: "corruptVideo" };
  }
  const movie = info as Parameters<NonNullable<typeof file.onReady>>[0] | null;
  if (!movie) return { key: "corruptVideo" };
  const track = movie.videoTracks[0];
  if (!track) return { key: "notH264" };
  if (!/^avc[13]\./.test(track.codec)) return { key: "notH264" };
  const duration =
    movie.timescale > 0 && movie.duration > 0 ? Math.round((movie.duration / movie.timescale) * 1000) : null;
  return {
    width: track.video?.width ?? track.track_width,
    height: track.video?.height ?? track.track_height,
    durationMs: duration,
  };
}
