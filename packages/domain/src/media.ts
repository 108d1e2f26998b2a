/**
 * The media library's rules: what may be uploaded, which renditions exist and
 * how a focal point turns into a crop. Pure: the API decodes and encodes, the
 * desk words its hints with the same numbers.
 */

export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export const VIDEO_TYPES = ["video/mp4"] as const;

export const MEDIA_LIMITS = {
  /** Bytes of one uploaded image. */
  imageBytes: 25 * 1024 * 1024,
  /** Pixels of one uploaded image (width × height): a decompression bomb stops here. */
  imagePixels: 50_000_000,
  /** Bytes of one uploaded video; the whole upload is held in memory once while it is checked. */
  videoBytes: 200 * 1024 * 1024,
  /** Bytes of one WebVTT caption file. */
  captionBytes: 512 * 1024,
  /** Characters of alt text, caption and credit. */
  alt: 500,
  caption: 1_000,
  credit: 200,
} as const;

/** Widths every image is offered at (never wider than its source). */
export const RENDITION_WIDTHS = [320, 640, 960, 1280, 1920] as const;
export const RENDITION_FORMATS = ["avif", "webp", "jpeg"] as const;
export type RenditionFormat = (typeof RENDITION_FORMATS)[number];

/** Crops: the whole image, a 16:9 lead, a 1:1 thumbnail, and the 1200×630 social card. */
export const CROPS = { full: null, wide: 16 / 9, square: 1, card: 1200 / 630 } as const;
export type Crop = keyof typeof CROPS;
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

export const FILE_EXTENSIONS: Record<RenditionFormat, string> = { avif: "avif", webp: "webp", jpeg: "jpg" };
export const MIME_TYPES: Record<RenditionFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
};

/** A point in the image as fractions of its width and height (0.5, 0.5 is the centre). */
export interface FocalPoint {
  x: number;
  y: number;
}
export const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest region of `aspect` (width / height) inside the source, centred on
 * the focal point as far as the edges allow: the subject stays in every crop.
 */
export function cropRegion(
  source: { width: number; height: number },
  aspect: number,
  focal: FocalPoint,
): Rect {
  let width = source.width;
  let height = Math.round(width / aspect);
  if (height > source.height) {
    height = source.height;
    width = Math.min(source.width, Math.round(height * aspect));
  }
  const left = clamp(Math.round(focal.x * source.width - width / 2), 0, source.width - width);
  const top = clamp(Math.round(focal.y * source.height - height / 2), 0, source.height - height);
  return { left, top, width, height };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

export interface RenditionSpec {
  crop: Crop;
  width: number;
  height: number;
  format: RenditionFormat;
}

/**
 * The renditions offered for one crop of an image: each fixed width the crop
 * region reaches (and the region's own width when it is narrower than the
 * smallest), in every format. The card is one 1200×630 JPEG.
 */
export function renditionsOf(
  source: { width: number; height: number },
  crop: Crop,
  focal: FocalPoint,
): RenditionSpec[] {
  if (crop === "card") return [{ crop, ...SOCIAL_CARD, format: "jpeg" }];
  const aspect = CROPS[crop];
  const region =
    aspect === null ? { width: source.width, height: source.height } : cropRegion(source, aspect, focal);
  const widths: number[] = RENDITION_WIDTHS.filter((w) => w <= region.width);
  if (widths.length === 0) widths.push(region.width);
  return RENDITION_FORMATS.flatMap((format) =>
    widths.map((width) => ({
      crop,
      width,
      height: Math.max(1, Math.round((width * region.height) / region.width)),
      format,
    })),
  );
}

/** A focal point as it appears in a rendition's URL ("50-30": percent across, percent down). */
export function focalKey(focal: FocalPoint): string {
  return `${Math.round(focal.x * 100)}-${Math.round(focal.y * 100)}`;
}

/** A focal point from percents, or null when out of range. */
export function parseFocalKey(key: string): FocalPoint | null {
  const match = /^(\d{1,3})-(\d{1,3})$/.exec(key);
  if (!match) return null;
  const x = Number(match[1]);
  const y = Number(match[2]);
  return x <= 100 && y <= 100 ? { x: x / 100, y: y / 100 } : null;
}

/** Focal points are kept in whole percents, as their URLs name them. */
export function normaliseFocal(focal: FocalPoint): FocalPoint | null {
  if (!(focal.x >= 0 && focal.x <= 1 && focal.y >= 0 && focal.y <= 1)) return null;
  return { x: Math.round(focal.x * 100) / 100, y: Math.round(focal.y * 100) / 100 };
}

/**
 * The URL path of one rendition of the image whose master has this content
 * hash. The path names everything that decides its bytes (content, crop,
 * focal point, width, format), so it never changes meaning: served immutable.
 */
export function renditionPath(hash: string, spec: RenditionSpec, focal: FocalPoint): string {
  const focalPart = spec.crop === "full" ? "" : `-${focalKey(focal)}`;
  return `/media/i/${hash}/${spec.crop}-${spec.width}${focalPart}.${FILE_EXTENSIONS[spec.format]}`;
}

export interface ParsedRenditionPath {
  hash: string;
  crop: Crop;
  width: number;
  focal: FocalPoint | null;
  format: RenditionFormat;
}

const RENDITION_PATH =
  /^\/media\/i\/([0-9a-f]{64})\/(full|wide|square|card)-(\d{1,4})(?:-(\d{1,3}-\d{1,3}))?\.(avif|webp|jpg)$/;

/** Reads a rendition URL path back; null for anything renditionPath could not have written. */
export function parseRenditionPath(pathname: string): ParsedRenditionPath | null {
  const match = RENDITION_PATH.exec(pathname);
  if (!match) return null;
  const [, hash, crop, width, focal, ext] = match as unknown as [
    string,
    string,
    Crop,
    string,
    string | undefined,
    string,
  ];
  if ((crop === "full") !== (focal === undefined)) return null;
  const parsedFocal = focal === undefined ? null : parseFocalKey(focal);
  if (focal !== undefined && parsedFocal === null) return null;
  const format = (Object.entries(FILE_EXTENSIONS).find(([, e]) => e === ext)?.[0] ??
    "jpeg") as RenditionFormat;
  return { hash, crop, width: Number(width), focal: parsedFocal, format };
}

/** `srcset` text for renditions of one format. */
export function srcsetOf(renditions: ReadonlyArray<{ url: string; width: number }>): string {
  return renditions.map((r) => `${r.url} ${r.width}w`).join(", ");
}
