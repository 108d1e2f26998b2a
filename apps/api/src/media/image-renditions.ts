import { CROPS, cropRegion, type FocalPoint, type RenditionSpec } from "@sahifa/domain/media";
import sharp from "sharp";

/**
 * Makes one rendition from an image's master: the crop region around the
 * focal point, scaled to the spec's size, encoded for the web. Masters carry
 * no metadata and are already upright, and sharp writes none by default.
 */
export async function renderRendition(
  master: Uint8Array,
  source: { width: number; height: number },
  spec: RenditionSpec,
  focal: FocalPoint,
): Promise<Uint8Array> {
  const aspect = CROPS[spec.crop];
  let image = sharp(master);
  if (aspect !== null) image = image.extract(cropRegion(source, aspect, focal));
  image = image.resize({ width: spec.width, height: spec.height, fit: "fill" });
  switch (spec.format) {
    case "avif":
      return image.avif({ quality: 55, effort: 3 }).toBuffer();
    case "webp":
      return image.webp({ quality: 78 }).toBuffer();
    case "jpeg":
      return image.jpeg({ quality: 80, mozjpeg: true }).toBuffer();
  }
}
