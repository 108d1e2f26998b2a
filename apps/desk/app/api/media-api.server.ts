import { graphql, type ResultOf } from "@sahifa/api-client/graphql";
import { LOCALES, type Locale } from "@sahifa/domain/locales";
import type { PostRefusal } from "../editor/post-refusal.ts";
import { env } from "../env.server.ts";
import { callerHeaders, type DeskCaller, requestAs } from "./client.server.ts";
import { deskError, fieldRefusal } from "./desk-api.server.ts";
import { RefusalFields } from "./refusal-fields.ts";

/*
 * The media library's calls: the library and one item with every edition's texts (GraphQL),
 * and the two file writes the API takes over plain HTTP (note 041): an upload, streamed
 * through as the browser sent it, and a WebVTT caption file. Rendition URLs are the API's
 * `/media/…` paths, which the desk's server relays (server/app.ts).
 */

const MediaFields = graphql(`
  fragment DeskMediaFields on DeskMedia @_unmask {
    id
    kind
    mimeType
    width
    height
    byteSize
    createdAt
    missingAltLocales
    texts {
      locale
      alt
      caption
      credit
    }
  }
`);

export type MediaKind = "image" | "video";

export interface MediaTextView {
  locale: Locale;
  alt: string;
  caption: string;
  credit: string | null;
}

export interface MediaItemView {
  id: number;
  kind: MediaKind;
  width: number;
  height: number;
  createdAt: string;
  texts: MediaTextView[];
  /** Editions with no alt text or no caption: the library warns about them. */
  lacking: Locale[];
  /** A small square picture for the list: the image, or a video's poster. */
  thumbnail: { url: string; srcset: string } | null;
}

function lackingTexts(item: ResultOf<typeof MediaFields>): Locale[] {
  const lacking = new Set<Locale>(item.missingAltLocales);
  for (const locale of LOCALES) {
    const text = item.texts.find((candidate) => candidate.locale === locale);
    if (!text?.caption.trim()) lacking.add(locale);
  }
  return LOCALES.filter((locale) => lacking.has(locale));
}

/** The fields every view of an item shares; `thumbnail` is the list's own. */
function itemView(
  item: ResultOf<typeof MediaFields>,
  thumbnail: MediaItemView["thumbnail"] = null,
): MediaItemView {
  return {
    id: Number(item.id),
    kind: item.kind,
    width: item.width,
    height: item.height,
    createdAt: item.createdAt,
    texts: item.texts.map((text) => ({ ...text, credit: text.credit ?? null })),
    lacking: lackingTexts(item),
    thumbnail,
  };
}

const LibraryQuery = graphql(
  `
  query DeskMediaLibrary($kind: MediaKind, $search: String, $after: String, $locale: Locale!) {
    mediaLibrary(kind: $kind, search: $search, after: $after, first: 24) {
      hasNextPage
      endCursor
      items {
        ...DeskMediaFields
        image(locale: $locale) {
          url
          srcset(crop: SQUARE, format: WEBP)
        }
        video(locale: $locale) {
          poster {
            url
            srcset(crop: SQUARE, format: WEBP)
          }
        }
      }
    }
  }
`,
  [MediaFields],
);

export interface MediaPageView {
  items: MediaItemView[];
  endCursor: string | null;
}

/** One page of the library, newest first; `search` matches any edition's alt text, caption or credit. */
export async function listMedia(
  caller: DeskCaller,
  filter: { kind: MediaKind | null; search: string | null; after: string | null },
): Promise<MediaPageView> {
  const data = await requestAs(caller, LibraryQuery, { ...filter, locale: caller.ui });
  const page = data.mediaLibrary;
  return {
    endCursor: page.hasNextPage ? (page.endCursor ?? null) : null,
    items: page.items.map((item) => {
      const picture = item.image ?? item.video?.poster ?? null;
      return itemView(item, picture ? { url: picture.url, srcset: picture.srcset } : null);
    }),
  };
}

const ItemQuery = graphql(
  `
  query DeskMediaItem($id: ID!, $locale: Locale!) {
    deskMedia(id: $id) {
      ...DeskMediaFields
      image(locale: $locale) {
        url
        srcset(format: WEBP)
        focalPoint {
          x
          y
        }
      }
      video(locale: $locale) {
        url
        poster {
          url
        }
        captions {
          locale
          url
        }
      }
    }
  }
`,
  [MediaFields],
);

export interface MediaDetailView extends MediaItemView {
  image: { url: string; srcset: string; focal: { x: number; y: number } } | null;
  video: { url: string; posterUrl: string | null; captionLocales: Locale[] } | null;
}

export async function loadMedia(caller: DeskCaller, id: number): Promise<MediaDetailView | null> {
  const data = await requestAs(caller, ItemQuery, { id: String(id), locale: caller.ui });
  const item = data.deskMedia;
  if (!item) return null;
  return {
    ...itemView(item),
    image: item.image
      ? { url: item.image.url, srcset: item.image.srcset, focal: item.image.focalPoint }
      : null,
    video: item.video
      ? {
          url: item.video.url,
          posterUrl: item.video.poster?.url ?? null,
          captionLocales: item.video.captions.map((track) => track.locale),
        }
      : null,
  };
}

export type MediaEditOutcome = { ok: true } | { ok: false; problem: PostRefusal };

const SetTextMutation = graphql(
  `
  mutation DeskSetMediaText($id: ID!, $locale: Locale!, $alt: String!, $caption: String, $credit: String) {
    setMediaText(mediaId: $id, locale: $locale, alt: $alt, caption: $caption, credit: $credit) {
      __typename
      ...DeskRefusal
    }
  }
`,
  [RefusalFields],
);

/** The alt text (required), caption and credit of one edition; the API words refusals in `ui`. */
export async function setMediaText(
  caller: DeskCaller,
  input: { id: number; locale: Locale; alt: string; caption: string; credit: string },
): Promise<MediaEditOutcome> {
  const { setMediaText: result } = await requestAs(caller, SetTextMutation, {
    ...input,
    id: String(input.id),
  });
  if (result.__typename === "MediaUpdated") return { ok: true };
  if (result.__typename === "ValidationError") return { ok: false, problem: fieldRefusal(result, "alt") };
  return { ok: false, problem: deskError(result, caller.ui) };
}

const FocalMutation = graphql(
  `
  mutation DeskSetFocal($id: ID!, $x: Float!, $y: Float!) {
    setMediaFocalPoint(mediaId: $id, x: $x, y: $y) {
      __typename
      ...DeskRefusal
    }
  }
`,
  [RefusalFields],
);

/** Where the subject of an image is (fractions of its width and height). */
export async function setFocalPoint(
  caller: DeskCaller,
  input: { id: number; x: number; y: number },
): Promise<MediaEditOutcome> {
  const { setMediaFocalPoint: result } = await requestAs(caller, FocalMutation, {
    ...input,
    id: String(input.id),
  });
  return result.__typename === "MediaUpdated"
    ? { ok: true }
    : { ok: false, problem: deskError(result, caller.ui) };
}

/** What the API's plain-HTTP media endpoints answer. */
export type FileOutcome =
  | { ok: true; media: { id: number; kind: MediaKind } | null }
  | { ok: false; code: string; message: string };

function apiPath(path: string): URL {
  return new URL(path, env.API_URL);
}

async function fileOutcome(response: Response): Promise<FileOutcome> {
  const body = (await response.json().catch(() => null)) as {
    media?: { id: string; kind: MediaKind };
    error?: { code: string; message: string };
  } | null;
  if (response.ok) {
    return { ok: true, media: body?.media ? { id: Number(body.media.id), kind: body.media.kind } : null };
  }
  return {
    ok: false,
    code: body?.error?.code ?? `HTTP_${response.status}`,
    message: body?.error?.message ?? response.statusText,
  };
}

/**
 * The browser's multipart upload, passed on byte for byte as it streams (the API decides the
 * type from the first bytes and refuses without reading the rest), worded in the desk's language.
 */
export async function forwardUpload(
  caller: DeskCaller,
  upload: Request,
  body: ReadableStream<Uint8Array> | null = upload.body,
): Promise<FileOutcome> {
  const length = upload.headers.get("content-length");
  const response = await fetch(apiPath("/media/upload"), {
    method: "POST",
    headers: {
      ...callerHeaders(caller),
      "content-type": upload.headers.get("content-type") ?? "",
      ...(length ? { "content-length": length } : {}),
    },
    body,
    // A streamed request body needs this in Node's fetch.
    duplex: "half",
  } as RequestInit);
  return fileOutcome(response);
}

/** A WebVTT caption track of a video in one edition (the API parses and refuses bad files). */
export async function putCaptions(
  caller: DeskCaller,
  input: { id: number; locale: Locale; file: Blob },
): Promise<FileOutcome> {
  const response = await fetch(apiPath(`/media/${input.id}/captions/${input.locale}`), {
    method: "PUT",
    headers: {
      ...callerHeaders(caller),
      "content-type": "text/vtt",
      "content-length": String(input.file.size),
    },
    body: input.file,
  });
  return fileOutcome(response);
}
