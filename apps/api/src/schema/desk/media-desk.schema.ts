import { invalid } from "@sahifa/db/desk/desk-results";
import {
  countDeskMedia,
  type DeskMediaItem,
  findDeskMedia,
  imagesWithoutAlt,
  listDeskMedia,
} from "@sahifa/db/media/desk-media";
import { setFocalPoint, setMediaText, setVideoPoster } from "@sahifa/db/media/library";
import type { MediaItem } from "@sahifa/db/reader/media";
import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { MEDIA_LIMITS, normaliseFocal } from "@sahifa/domain/media";
import { GraphQLError } from "graphql";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { mediaMessage } from "../../media/media-messages.ts";
import { parseArticleId } from "../article-ref.ts";
import { ImageRef, VideoRef } from "../image.schema.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { ForbiddenRef, NotFoundRef, ValidationErrorRef } from "./desk-errors.schema.ts";
import { authorize, requireDeskUser } from "./desk-guard.ts";
import { DeskTranslationRef } from "./desk-translation.schema.ts";

const MediaKindEnum = builder.enumType("MediaKind", { values: ["image", "video"] as const });

/** The reader's view of a desk item in one edition: the same text choices readers get. */
function inEdition(item: DeskMediaItem, locale: Locale): MediaItem {
  const text = item.texts.find((t) => t.locale === locale);
  return {
    id: item.id,
    kind: item.kind,
    path: item.path,
    blobHash: item.blobHash,
    mimeType: item.mimeType,
    width: item.width,
    height: item.height,
    credit: text?.credit ?? item.credit,
    alt: text?.alt ?? "",
    caption: text?.caption ?? "",
    focalX: item.focalX,
    focalY: item.focalY,
    posterMediaId: item.posterMediaId,
    durationMs: item.durationMs,
  };
}

const MediaTextRef = builder.objectRef<DeskMediaItem["texts"][number]>("MediaText");
builder.objectType(MediaTextRef, {
  fields: (t) => ({
    locale: t.field({ type: LocaleEnum, resolve: (x) => x.locale }),
    alt: t.exposeString("alt"),
    caption: t.exposeString("caption"),
    credit: t.exposeString("credit", { nullable: true }),
  }),
});

export const DeskMediaRef = builder.objectRef<DeskMediaItem>("DeskMedia");
builder.objectType(DeskMediaRef, {
  description: "A media library item with every edition's text (desk only).",
  fields: (t) => ({
    id: t.id({ resolve: (m) => m.id }),
    kind: t.field({ type: MediaKindEnum, resolve: (m) => m.kind }),
    mimeType: t.exposeString("mimeType", {
      description: "Images: the type of the stored master (JPEG, or PNG with transparency).",
    }),
    width: t.exposeInt("width"),
    height: t.exposeInt("height"),
    byteSize: t.int({ nullable: true, description: "Bytes as uploaded.", resolve: (m) => m.byteSize }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    fileName: t.exposeString("fileName", {
      nullable: true,
      description: "The uploaded file's name on the uploader's disk; null for older uploads and demo files.",
    }),
    texts: t.field({
      type: [MediaTextRef],
      description: "Alt text, caption and credit per edition.",
      resolve: (m) => m.texts,
    }),
    missingAltLocales: t.field({
      type: [LocaleEnum],
      description: "Editions where this item has no alt text yet: warn before publishing there.",
      resolve: (m) =>
        LOCALES.filter((locale) => !m.texts.some((x) => x.locale === locale && x.alt.trim() !== "")),
    }),
    image: t.field({
      type: ImageRef,
      nullable: true,
      description: "Images: as readers of `locale` get it (renditions, srcset, social card).",
      args: { locale: t.arg({ type: LocaleEnum, required: true }) },
      resolve: (m, args) => (m.kind === "image" ? inEdition(m, args.locale) : null),
    }),
    video: t.field({
      type: VideoRef,
      nullable: true,
      description: "Videos: as readers of `locale` get it (URL, poster, caption tracks).",
      args: { locale: t.arg({ type: LocaleEnum, required: true }) },
      resolve: (m, args) => (m.kind === "video" ? inEdition(m, args.locale) : null),
    }),
  }),
});

builder.objectField(DeskTranslationRef, "imagesWithoutAlt", (t) =>
  t.idList({
    description:
      "Images this translation shows (lead, body images, gallery items, video posters) with no alt text in its language: warn before publishing (setMediaText), it does not block.",
    resolve: (tr, _args, context) => imagesWithoutAlt(context.db, tr.articleId, tr.locale),
  }),
);

interface MediaPage {
  items: DeskMediaItem[];
  hasNextPage: boolean;
  filter: { kind: "image" | "video" | null; search: string | null };
}

const MediaPageRef = builder.objectRef<MediaPage>("MediaPage");
builder.objectType(MediaPageRef, {
  fields: (t) => ({
    items: t.field({ type: [DeskMediaRef], resolve: (p) => p.items }),
    hasNextPage: t.exposeBoolean("hasNextPage"),
    totalCount: t.int({
      description: "Items of the library the same kind and search keep, over every page.",
      resolve: (p, _args, context) => countDeskMedia(context.db, p.filter),
    }),
    endCursor: t.string({
      nullable: true,
      description: "Pass as `after` for the next page.",
      resolve: (p) => (p.items.length ? String(p.items.at(-1)?.id) : null),
    }),
  }),
});

const MediaUpdatedRef = builder.objectRef<{ kind: "media_updated"; item: DeskMediaItem }>("MediaUpdated");
builder.objectType(MediaUpdatedRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "media_updated",
  fields: (t) => ({ media: t.field({ type: DeskMediaRef, resolve: (r) => r.item }) }),
});
const MediaResult = builder.unionType("MediaUpdateResult", {
  types: [MediaUpdatedRef, ValidationErrorRef, ForbiddenRef, NotFoundRef],
});

function mediaId(value: string | number): number {
  return parseArticleId(String(value)) ?? -1;
}

async function updated(context: Context, id: number) {
  const item = await findDeskMedia(context.db, id);
  return item
    ? ({ kind: "media_updated", item } as const)
    : ({
        kind: "not_found",
        message: mediaMessage(context.locale, { key: "notFound", values: { id } }),
      } as const);
}

const notFound = (context: Context, id: string | number) =>
  ({
    kind: "not_found",
    message: mediaMessage(context.locale, { key: "notFound", values: { id: String(id) } }),
  }) as const;

builder.queryFields((t) => ({
  mediaLibrary: t.field({
    type: MediaPageRef,
    description: "Desk (signed in): the media library, newest first. Upload with POST /media/upload.",
    args: {
      kind: t.arg({ type: MediaKindEnum }),
      first: t.arg.int({ required: true, defaultValue: 30, description: "1–100." }),
      after: t.arg.string({ description: "`endCursor` of the previous page." }),
      search: t.arg.string({
        description:
          "Words found in any edition's alt text, caption or credit, or in the file's name (case-insensitive).",
      }),
    },
    resolve: async (_root, args, context) => {
      requireDeskUser(context);
      if (args.first < 1 || args.first > 100) {
        throw new GraphQLError(`Argument "first" must be between 1 and 100 (got ${args.first}).`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      const afterId = args.after ? Number(args.after) : null;
      const items = await listDeskMedia(context.db, {
        kind: args.kind,
        afterId: afterId !== null && Number.isInteger(afterId) ? afterId : null,
        search: args.search,
        limit: args.first + 1,
      });
      return {
        items: items.slice(0, args.first),
        hasNextPage: items.length > args.first,
        filter: { kind: args.kind ?? null, search: args.search ?? null },
      };
    },
  }),
  deskMedia: t.field({
    type: DeskMediaRef,
    nullable: true,
    description: "Desk (signed in): one media item with every edition's text. Null when unknown.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      requireDeskUser(context);
      return findDeskMedia(context.db, mediaId(args.id));
    },
  }),
}));

builder.mutationFields((t) => ({
  setMediaText: t.field({
    type: MediaResult,
    description:
      "Editors and translators of `locale`: the alt text (required), caption and credit of a media item in that edition.",
    args: {
      mediaId: t.arg.id({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      alt: t.arg.string({ required: true }),
      caption: t.arg.string(),
      credit: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "editMediaText", args.locale);
      if ("kind" in user) return user;
      const say = (key: Parameters<typeof mediaMessage>[1]) => mediaMessage(context.locale, key);
      const alt = args.alt.trim();
      if (!alt) return invalid("alt", say({ key: "altRequired" }));
      if (alt.length > MEDIA_LIMITS.alt)
        return invalid("alt", say({ key: "altTooLong", values: { count: MEDIA_LIMITS.alt } }));
      if ((args.caption?.trim().length ?? 0) > MEDIA_LIMITS.caption)
        return invalid("caption", say({ key: "captionTooLong", values: { count: MEDIA_LIMITS.caption } }));
      if ((args.credit?.trim().length ?? 0) > MEDIA_LIMITS.credit)
        return invalid("credit", say({ key: "creditTooLong", values: { count: MEDIA_LIMITS.credit } }));
      const id = mediaId(args.mediaId);
      const done = await setMediaText(context.db, id, {
        locale: args.locale,
        alt,
        caption: args.caption,
        credit: args.credit,
      });
      return done ? updated(context, id) : notFound(context, args.mediaId);
    },
  }),
  setMediaFocalPoint: t.field({
    type: MediaResult,
    description:
      "Editors: where the subject of an image is (fractions, 0.5/0.5 the centre); its crops and social card follow at new URLs.",
    args: {
      mediaId: t.arg.id({ required: true }),
      x: t.arg.float({ required: true }),
      y: t.arg.float({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "uploadMedia");
      if ("kind" in user) return user;
      const focal = normaliseFocal({ x: args.x, y: args.y });
      if (!focal) return invalid("x", mediaMessage(context.locale, { key: "focalOutOfRange" }));
      const id = mediaId(args.mediaId);
      return (await setFocalPoint(context.db, id, focal))
        ? updated(context, id)
        : notFound(context, args.mediaId);
    },
  }),
  setVideoPoster: t.field({
    type: MediaResult,
    description:
      "Editors: the poster image of a video (an image of the library), or none with `posterId: null`.",
    args: { videoId: t.arg.id({ required: true }), posterId: t.arg.id() },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "uploadMedia");
      if ("kind" in user) return user;
      const id = mediaId(args.videoId);
      const posterId = args.posterId == null ? null : mediaId(args.posterId);
      if (!(await setVideoPoster(context.db, id, posterId))) {
        return notFound(
          context,
          posterId !== null && (await findDeskMedia(context.db, id)) ? (args.posterId ?? "") : args.videoId,
        );
      }
      return updated(context, id);
    },
  }),
}));
