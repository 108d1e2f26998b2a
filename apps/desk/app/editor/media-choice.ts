import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";

/** An image or video a picker offers, with what the editor needs to choose it well. */
export interface MediaChoice {
  id: number;
  kind: "image" | "video";
  /** A picture of it: the image, or a video's poster (null: none to show). */
  url: string | null;
  /** Its alt text (a video: its title) in the edition being written. */
  alt: string;
  fileName: string | null;
  missingAltLocales: Locale[];
  video: {
    url: string;
    posterId: number | null;
    durationSeconds: number | null;
    /** Languages that have WebVTT captions. */
    captionLocales: Locale[];
  } | null;
}

/** One page of choices; `endCursor` asks for the next one (null: there is none). */
export interface MediaChoicesPage {
  items: MediaChoice[];
  endCursor: string | null;
  totalCount: number;
}

/** "1:05", "1:02:03": a video's length as a player shows it (Western digits in every edition, note 014). */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** `page` followed by `next`, each item once (a page fetched twice adds nothing). */
export function appendPage(page: MediaChoicesPage, next: MediaChoicesPage): MediaChoicesPage {
  const seen = new Set(page.items.map((item) => item.id));
  return {
    items: [...page.items, ...next.items.filter((item) => !seen.has(item.id))],
    endCursor: next.endCursor,
    totalCount: next.totalCount,
  };
}

/** What the block editor of an original offers: the library's first page of images and of videos. */
export interface BodyMedia {
  images: MediaChoicesPage;
  videos: MediaChoicesPage;
}

/** The library ids a body shows (images, gallery items, videos and their posters): kept offered when older. */
export function bodyMediaIds(body: readonly BodyBlock[]): {
  images: number[];
  videos: number[];
} {
  const images: number[] = [];
  const videos: number[] = [];
  for (const block of body) {
    if (block.type === "image") images.push(block.mediaId);
    else if (block.type === "gallery") images.push(...block.items.map((item) => item.mediaId));
    else if (block.type === "video" && block.mediaId !== undefined) videos.push(block.mediaId);
  }
  return { images, videos };
}
