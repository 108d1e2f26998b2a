import { graphql, type ResultOf } from "@sahifa/api-client/graphql";
import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import {
  type BodyMedia,
  bodyMediaIds,
  type MediaChoice,
  type MediaChoicesPage,
} from "../editor/media-choice.ts";
import { type DeskCaller, requestAs } from "./client.server.ts";

/*
 * What the desk's media pickers offer: one page of the library (images, or videos with their
 * poster, duration and caption languages), searched and paged by the API. Picture URLs are the
 * API's `/media/…` paths, which the desk's server relays.
 */

const ChoiceFields = graphql(`
  fragment DeskMediaChoice on DeskMedia @_unmask {
    id
    kind
    fileName
    missingAltLocales
    image(locale: $locale) {
      url
      alt
    }
    video(locale: $locale) {
      url
      title
      durationSeconds
      poster {
        id
        url
      }
      captions {
        locale
      }
    }
  }
`);

const ChoicesQuery = graphql(
  `
  query DeskMediaChoices($kind: MediaKind!, $search: String, $after: String, $locale: Locale!, $first: Int!) {
    mediaLibrary(kind: $kind, search: $search, after: $after, first: $first) {
      totalCount
      hasNextPage
      endCursor
      items {
        ...DeskMediaChoice
      }
    }
  }
`,
  [ChoiceFields],
);

const ChoiceQuery = graphql(
  `
  query DeskChosenMedia($id: ID!, $locale: Locale!) {
    deskMedia(id: $id) {
      ...DeskMediaChoice
    }
  }
`,
  [ChoiceFields],
);

function choiceOf(item: ResultOf<typeof ChoiceFields>): MediaChoice {
  const video = item.video;
  return {
    id: Number(item.id),
    kind: item.kind,
    url: item.image?.url ?? video?.poster?.url ?? null,
    alt: item.image?.alt ?? video?.title ?? "",
    fileName: item.fileName ?? null,
    missingAltLocales: [...item.missingAltLocales],
    video: video
      ? {
          url: video.url,
          posterId: video.poster ? Number(video.poster.id) : null,
          durationSeconds: video.durationSeconds ?? null,
          captionLocales: video.captions.map((track) => track.locale),
        }
      : null,
  };
}

export const CHOICES_PER_PAGE = 24;

/** One page of the library's images or videos, newest first; texts in `locale` (the edition being written). */
export async function loadMediaChoices(
  caller: DeskCaller,
  locale: Locale,
  filter: { kind: MediaChoice["kind"]; search?: string | null; after?: string | null },
): Promise<MediaChoicesPage> {
  const search = filter.search?.trim() || null;
  const data = await requestAs(caller, ChoicesQuery, {
    kind: filter.kind,
    search,
    after: filter.after ?? null,
    locale,
    first: CHOICES_PER_PAGE,
  });
  const page = data.mediaLibrary;
  return {
    items: page.items.map(choiceOf),
    endCursor: page.hasNextPage ? (page.endCursor ?? null) : null,
    totalCount: page.totalCount,
  };
}

/**
 * `page` with the items `ids` name added when they are not on it (older than its first page),
 * so a chosen image or video stays offered, and its missing texts are still warned about.
 */
export async function withChosen(
  caller: DeskCaller,
  locale: Locale,
  page: MediaChoicesPage,
  ids: ReadonlyArray<number | null | undefined>,
): Promise<MediaChoicesPage> {
  const missing = [...new Set(ids)].filter(
    (id): id is number => typeof id === "number" && !page.items.some((item) => item.id === id),
  );
  if (missing.length === 0) return page;
  const found = await Promise.all(
    missing.map((id) => requestAs(caller, ChoiceQuery, { id: String(id), locale })),
  );
  const chosen = found.flatMap(({ deskMedia }) => (deskMedia ? [choiceOf(deskMedia)] : []));
  return { ...page, items: [...page.items, ...chosen] };
}

/** The first pages of images and videos for an original's block editor, with those its body shows. */
export async function loadBodyMedia(
  caller: DeskCaller,
  edition: Locale,
  body: readonly BodyBlock[],
): Promise<BodyMedia> {
  const ids = bodyMediaIds(body);
  const [images, videos] = await Promise.all([
    loadMediaChoices(caller, edition, { kind: "image" }),
    loadMediaChoices(caller, edition, { kind: "video" }),
  ]);
  return {
    images: await withChosen(caller, edition, images, ids.images),
    videos: await withChosen(caller, edition, videos, ids.videos),
  };
}
