import { readFile } from "node:fs/promises";
import { CROPS, cropRegion, type FocalPoint, type RenditionSpec } from "@sahifa/domain/media";
import sharp from "sharp";

/**
 * Makes one rendition from an image's master: the crop region around the
 * focal point, scaled to the spec's size, encoded for the web. Masters carry
 * no metadata and are already upright, and sharp writes none by default.
 * Runs in the image worker (image-worker.ts), never in the API process.
 */
export async function renderRendition(
  master: Uint8Array,
  source: { width: number; height: number },
  spec: RenditionSpec,
  focal: FocalPoint,
): Promise<Uint8Array> {
  const aspect = CROPS[spec.crop];
  const region = aspect === null ? { left: 0, top: 0, ...source } : cropRegion(source, aspect, focal);
  // Scale the whole image first, then cut the region out of the scaled copy: resizing first lets
  // libvips decode a JPEG master at a fraction of its size (shrink-on-load), which an extract
  // before the resize would rule out.
  const scale = spec.width / region.width;
  const scaledWidth = Math.max(spec.width, Math.round(source.width * scale));
  const scaledHeight = Math.max(spec.height, Math.round(source.height * scale));
  let image = sharp(master).resize({ width: scaledWidth, height: scaledHeight, fit: "fill" });
  if (scaledWidth !== spec.width || scaledHeight !== spec.height) {
    image = image.extract({
      left: Math.min(Math.round(region.left * scale), scaledWidth - spec.width),
      top: Math.min(Math.round(region.top * scale), scaledHeight - spec.height),
      width: spec.width,
      height: spec.height,
    });
  }
  switch (spec.format) {
    case "avif":
      return image.avif({ quality: 55, effort: 3 }).toBuffer();
    case "webp":
      return image.webp({ quality: 78 }).toBuffer();
    case "jpeg":
      return image.jpeg({ quality: 80, mozjpeg: true }).toBuffer();
  }
}

/**
 * A rendition of one of the demo newsroom's drawings: the SVG file rasterised at the size its
 * media row gives (the master its renditions are made from), then rendered like an upload's.
 */
export async function renderDrawingRendition(
  filePath: string,
  size: { width: number; height: number },
  spec: RenditionSpec,
  focal: FocalPoint,
): Promise<Uint8Array> {
  const master = await sharp(await readFile(filePath))
    .resize({ width: size.width, height: size.height, fit: "fill" })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return renderRendition(master, size, spec, focal);
}
