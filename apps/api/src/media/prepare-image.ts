import { MEDIA_LIMITS } from "@sahifa/domain/media";
import sharp, { type Metadata } from "sharp";
import type { MediaMessage } from "./media-messages.ts";

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
 * Runs in the image worker (image-worker.ts), never in the API process.
 */
export async function prepareImage(bytes: Uint8Array): Promise<PreparedImage | MediaMessage> {
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
