import { demoFileHash } from "@sahifa/db/media-files";
import type { MediaItem } from "@sahifa/db/reader/media";
import type { Locale } from "@sahifa/domain/locales";
import {
  CROPS,
  type Crop,
  MIME_TYPES,
  RENDITION_FORMATS,
  type RenditionFormat,
  type RenditionSpec,
  renditionPath,
  renditionsOf,
  srcsetOf,
} from "@sahifa/domain/media";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { captionsPath, videoPath } from "../media/media-serving.ts";
import { LocaleEnum } from "./locale.schema.ts";

export const ImageRef = builder.objectRef<MediaItem>("Image");

const ImageCropEnum = builder.enumType("ImageCrop", {
  description:
    "FULL: the whole image. WIDE: 16:9 (leads). SQUARE: 1:1 (thumbnails). Crops centre on the focal point.",
  values: { FULL: { value: "full" }, WIDE: { value: "wide" }, SQUARE: { value: "square" } } as const,
});
const ImageFormatEnum = builder.enumType("ImageFormat", {
  values: { AVIF: { value: "avif" }, WEBP: { value: "webp" }, JPEG: { value: "jpeg" } } as const,
});

interface Rendition {
  url: string;
  width: number;
  height: number;
  format: RenditionFormat;
}

const RenditionRef = builder.objectRef<Rendition>("ImageRendition");
builder.objectType(RenditionRef, {
  description:
    "One file of an image at a fixed width and format; its URL never changes meaning (cache it for good).",
  fields: (t) => ({
    url: t.exposeString("url", { description: "Site-relative URL the API serves it at." }),
    width: t.exposeInt("width"),
    height: t.exposeInt("height"),
    format: t.field({ type: ImageFormatEnum, resolve: (r) => r.format }),
    mimeType: t.string({ resolve: (r) => MIME_TYPES[r.format] }),
  }),
});

const FocalPointRef = builder.objectRef<{ x: number; y: number }>("FocalPoint");
builder.objectType(FocalPointRef, {
  description: "Where the subject is, as fractions of the width and height (0.5, 0.5 is the centre).",
  fields: (t) => ({ x: t.exposeFloat("x"), y: t.exposeFloat("y") }),
});

/** The renditions of one crop, in the formats asked for; none for demo files kept as they are (SVG). */
export function renditionsFor(
  image: MediaItem,
  crop: Crop,
  formats: readonly RenditionFormat[] = RENDITION_FORMATS,
) {
  // Demo drawings (SVG files shipped with the code) get raster renditions too, named by the file's hash.
  const hash =
    image.blobHash ??
    (image.path !== null && image.mimeType === "image/svg+xml" ? demoFileHash(image.path) : null);
  if (hash === null || image.kind !== "image") return [];
  const focal = { x: image.focalX, y: image.focalY };
  return renditionsOf(image, crop, focal)
    .filter((spec) => formats.includes(spec.format))
    .map((spec: RenditionSpec) => ({
      url: renditionPath(hash, spec, focal),
      width: spec.width,
      height: spec.height,
      format: spec.format,
    }));
}

/** The URL an `<img src>` falls back to: the largest JPEG up to 1280 px, or the demo file itself. */
function fallbackUrl(image: MediaItem): string {
  if (image.path !== null) return image.path;
  const jpegs = renditionsFor(image, "full", ["jpeg"]);
  return (jpegs.filter((r) => r.width <= 1280).at(-1) ?? jpegs[0])?.url ?? "";
}

builder.objectType(ImageRef, {
  description:
    "An image from the media library, with its text in the edition's language. Render `<img src={url} srcset={srcset(format: JPEG)} sizes=… width height alt>`, with `<source type srcset>` per format in a `<picture>`.",
  fields: (t) => ({
    id: t.id({ resolve: (image) => image.id }),
    url: t.string({
      description:
        "Site-relative URL of a JPEG of the whole image up to 1280 px wide (demo SVGs: the file itself).",
      resolve: fallbackUrl,
    }),
    mimeType: t.string({
      description: "Type of the file at `url`.",
      resolve: (image) => (image.path !== null ? image.mimeType : "image/jpeg"),
    }),
    width: t.exposeInt("width", {
      description: "Pixels, upright: with `height`, the aspect ratio for layout.",
    }),
    height: t.exposeInt("height"),
    alt: t.exposeString("alt", {
      description: "Alternative text; empty when the image has none in this language.",
    }),
    caption: t.exposeString("caption"),
    credit: t.exposeString("credit", {
      nullable: true,
      description: "This edition's credit, else the newsroom's.",
    }),
    focalPoint: t.field({ type: FocalPointRef, resolve: (image) => ({ x: image.focalX, y: image.focalY }) }),
    renditions: t.field({
      type: [RenditionRef],
      description:
        "Every rendition of a crop, smallest first per format (AVIF, WebP, JPEG). Empty for demo SVGs.",
      args: {
        crop: t.arg({ type: ImageCropEnum, required: true, defaultValue: "full" }),
        format: t.arg({ type: ImageFormatEnum, description: "Only this format." }),
      },
      resolve: (image, args) =>
        renditionsFor(image, args.crop, args.format ? [args.format] : RENDITION_FORMATS),
    }),
    srcset: t.string({
      description: 'A `srcset` value ("url 320w, url 640w, …") for one crop and format.',
      args: {
        crop: t.arg({ type: ImageCropEnum, required: true, defaultValue: "full" }),
        format: t.arg({ type: ImageFormatEnum, required: true, defaultValue: "jpeg" }),
      },
      resolve: (image, args) => srcsetOf(renditionsFor(image, args.crop, [args.format])),
    }),
    aspectRatio: t.float({
      description: "Width / height of a crop (FULL: the image's own).",
      args: { crop: t.arg({ type: ImageCropEnum, required: true, defaultValue: "full" }) },
      resolve: (image, args) => CROPS[args.crop] ?? image.width / image.height,
    }),
    socialCard: t.field({
      type: RenditionRef,
      nullable: true,
      description:
        "A 1200×630 JPEG for og:image and twitter:image, cropped around the focal point. Null for demo SVGs.",
      resolve: (image) => renditionsFor(image, "card")[0] ?? null,
    }),
  }),
});

export interface CaptionTrackValue {
  locale: Locale;
  blobHash: string;
}

export const CaptionTrackRef = builder.objectRef<CaptionTrackValue>("CaptionTrack");
builder.objectType(CaptionTrackRef, {
  description:
    "WebVTT captions of a video in one language: `<track kind=captions srclang={locale} src={url}>`.",
  fields: (t) => ({
    locale: t.field({ type: LocaleEnum, resolve: (c) => c.locale }),
    url: t.string({ resolve: (c) => captionsPath(c.blobHash) }),
  }),
});

/** A video's caption tracks, one per language that has them; `locale`'s own first. */
export async function captionTracks(
  videoId: number,
  locale: Locale,
  context: Context,
): Promise<CaptionTrackValue[]> {
  const tracks = await context.loaders.captions.load(videoId);
  return [...tracks].sort((a, b) => Number(b.locale === locale) - Number(a.locale === locale));
}

export const VideoRef = builder.objectRef<MediaItem>("Video");
builder.objectType(VideoRef, {
  description: "An MP4 (H.264) video from the media library; its URL answers range requests.",
  fields: (t) => ({
    id: t.id({ resolve: (video) => video.id }),
    url: t.string({ resolve: (video) => video.path ?? (video.blobHash ? videoPath(video.blobHash) : "") }),
    mimeType: t.exposeString("mimeType"),
    width: t.exposeInt("width"),
    height: t.exposeInt("height"),
    durationSeconds: t.float({
      nullable: true,
      resolve: (video) => (video.durationMs === null ? null : video.durationMs / 1000),
    }),
    caption: t.exposeString("caption"),
    credit: t.exposeString("credit", { nullable: true }),
    title: t.exposeString("alt", { description: "What the video shows, in this edition (its alt text)." }),
    poster: t.field({
      type: ImageRef,
      nullable: true,
      resolve: (video, _args, context) =>
        video.posterMediaId === null
          ? null
          : context.loaders.media.load({ locale: context.locale, key: video.posterMediaId }),
    }),
    captions: t.field({
      type: [CaptionTrackRef],
      description: "Caption tracks, one per language that has them; the edition's own first.",
      resolve: (video, _args, context) => captionTracks(video.id, context.locale, context),
    }),
  }),
});
