import {
  type BodyBlock,
  type GalleryBlock,
  type HeadingBlock,
  type ImageBlock,
  INLINE_MARKS,
  type InlineRun,
  type ListBlock,
  type ParagraphBlock,
  type QuoteBlock,
  type RelatedBlock,
  type VideoBlock,
} from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { videoPath } from "../media/media-serving.ts";
import { ArticleRef, loadPublished } from "./article-ref.ts";
import { CaptionTrackRef, captionTracks, ImageRef, VideoRef } from "./image.schema.ts";

/**
 * The article body as a typed union of blocks (not a JSON scalar): clients
 * get a checked shape per block type and fetch images and related articles in
 * the same query, in the body's language. Blocks never carry HTML.
 */

/** A block remembers its edition so the images and articles it points at answer in that language. */
type InEdition<B> = B & { locale: Locale };

export function withLocale(blocks: readonly BodyBlock[], locale: Locale): Array<InEdition<BodyBlock>> {
  return blocks.map((block) => ({ ...block, locale }));
}

const InlineMarkEnum = builder.enumType("InlineMark", {
  values: Object.fromEntries(INLINE_MARKS.map((mark) => [mark, { value: mark }])) as Record<
    (typeof INLINE_MARKS)[number],
    { value: (typeof INLINE_MARKS)[number] }
  >,
});

const InlineRunRef = builder.objectRef<InlineRun>("InlineRun").implement({
  description: "A run of text with marks; with `href` it is a link (http(s) or site-relative only).",
  fields: (t) => ({
    text: t.exposeString("text"),
    marks: t.field({ type: [InlineMarkEnum], resolve: (run) => run.marks ?? [] }),
    href: t.exposeString("href", { nullable: true }),
  }),
});

const ListItemRef = builder.objectRef<InlineRun[]>("ListItem").implement({
  fields: (t) => ({
    content: t.field({ type: [InlineRunRef], resolve: (runs) => runs }),
  }),
});

function loadImage(mediaId: number | undefined, locale: Locale, context: Context) {
  return mediaId === undefined ? null : context.loaders.media.load({ locale, key: mediaId });
}

const ParagraphBlockRef = builder.objectRef<InEdition<ParagraphBlock>>("ParagraphBlock").implement({
  fields: (t) => ({
    content: t.field({ type: [InlineRunRef], resolve: (block) => block.content }),
  }),
});

const HeadingBlockRef = builder.objectRef<InEdition<HeadingBlock>>("HeadingBlock").implement({
  fields: (t) => ({
    level: t.exposeInt("level", { description: "2 or 3: the article title is the page's level 1." }),
    text: t.exposeString("text"),
  }),
});

const QuoteBlockRef = builder.objectRef<InEdition<QuoteBlock>>("QuoteBlock").implement({
  fields: (t) => ({
    text: t.exposeString("text"),
    attribution: t.exposeString("attribution", { nullable: true }),
  }),
});

const ListBlockRef = builder.objectRef<InEdition<ListBlock>>("ListBlock").implement({
  fields: (t) => ({
    ordered: t.exposeBoolean("ordered"),
    items: t.field({ type: [ListItemRef], resolve: (block) => block.items }),
  }),
});

const ImageBlockRef = builder.objectRef<InEdition<ImageBlock>>("ImageBlock").implement({
  fields: (t) => ({
    image: t.field({
      type: ImageRef,
      nullable: true,
      description: "Null when the media item no longer exists.",
      resolve: (block, _args, context) => loadImage(block.mediaId, block.locale, context),
    }),
    caption: t.string({
      description: "The block's own caption, else the image's caption in this language.",
      resolve: async (block, _args, context) =>
        block.caption ?? (await loadImage(block.mediaId, block.locale, context))?.caption ?? "",
    }),
  }),
});

type GalleryItem = GalleryBlock["items"][number] & { locale: Locale };

const GalleryItemRef = builder.objectRef<GalleryItem>("GalleryItem").implement({
  fields: (t) => ({
    image: t.field({
      type: ImageRef,
      nullable: true,
      resolve: (item, _args, context) => loadImage(item.mediaId, item.locale, context),
    }),
    caption: t.string({
      resolve: async (item, _args, context) =>
        item.caption ?? (await loadImage(item.mediaId, item.locale, context))?.caption ?? "",
    }),
  }),
});

const GalleryBlockRef = builder.objectRef<InEdition<GalleryBlock>>("GalleryBlock").implement({
  fields: (t) => ({
    items: t.field({
      type: [GalleryItemRef],
      resolve: (block) => block.items.map((item) => ({ ...item, locale: block.locale })),
    }),
  }),
});

/** The library video a block shows, when it names one (null for an outside URL or an image id). */
async function loadVideo(block: InEdition<VideoBlock>, context: Context) {
  if (block.mediaId === undefined) return null;
  const item = await context.loaders.media.load({ locale: block.locale, key: block.mediaId });
  return item?.kind === "video" ? item : null;
}

const VideoBlockRef = builder.objectRef<InEdition<VideoBlock>>("VideoBlock").implement({
  fields: (t) => ({
    url: t.string({
      description: "The library video's file when the block names one, else the address it was given.",
      resolve: async (block, _args, context) => {
        const video = await loadVideo(block, context);
        return video?.path ?? (video?.blobHash ? videoPath(video.blobHash) : block.url);
      },
    }),
    title: t.exposeString("title"),
    durationSeconds: t.int({
      nullable: true,
      resolve: async (block, _args, context) => {
        const ms = (await loadVideo(block, context))?.durationMs;
        return typeof ms === "number" ? Math.round(ms / 1000) : (block.durationSeconds ?? null);
      },
    }),
    poster: t.field({
      type: ImageRef,
      nullable: true,
      description: "The block's own poster, else the library video's.",
      resolve: async (block, _args, context) =>
        loadImage(
          block.posterMediaId ?? (await loadVideo(block, context))?.posterMediaId ?? undefined,
          block.locale,
          context,
        ),
    }),
    video: t.field({
      type: VideoRef,
      nullable: true,
      description: "The media library's video, when the block shows one.",
      resolve: (block, _args, context) => loadVideo(block, context),
    }),
    captions: t.field({
      type: [CaptionTrackRef],
      description:
        "The library video's WebVTT caption tracks, this edition's first; empty for an outside URL.",
      resolve: async (block, _args, context) => {
        const video = await loadVideo(block, context);
        return video ? captionTracks(video.id, block.locale, context) : [];
      },
    }),
  }),
});

const RelatedBlockRef = builder.objectRef<InEdition<RelatedBlock>>("RelatedBlock").implement({
  description: "The inline Related News box.",
  fields: (t) => ({
    articles: t.field({
      type: [ArticleRef],
      description: "The linked articles published in this edition; others are left out.",
      resolve: (block, _args, context) => loadPublished(context, block.locale, block.articleIds),
    }),
  }),
});

const TYPE_NAMES: Record<BodyBlock["type"], string> = {
  paragraph: "ParagraphBlock",
  heading: "HeadingBlock",
  quote: "QuoteBlock",
  list: "ListBlock",
  image: "ImageBlock",
  gallery: "GalleryBlock",
  video: "VideoBlock",
  related: "RelatedBlock",
};

export const BodyBlockUnion = builder.unionType("BodyBlock", {
  description: "One block of an article body. Use `__typename` to pick the renderer.",
  types: [
    ParagraphBlockRef,
    HeadingBlockRef,
    QuoteBlockRef,
    ListBlockRef,
    ImageBlockRef,
    GalleryBlockRef,
    VideoBlockRef,
    RelatedBlockRef,
  ],
  resolveType: (block) => TYPE_NAMES[block.type],
});
