/** An image as the editions render it: alt and caption already in the page's language. */
export interface ImageView {
  /** The fallback `src` (the largest JPEG rendition, or the demo drawing itself). */
  url: string;
  /** `srcset` values per format (immutable rendition URLs by width); "" when there are none. */
  sources: { avif: string; webp: string; jpeg: string };
  /** The 1200×630 JPEG for link previews, when the image has renditions. */
  socialCard: string | null;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
}
