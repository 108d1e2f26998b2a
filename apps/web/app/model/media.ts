/** An image as the editions render it: alt and caption already in the page's language. */
export interface ImageView {
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
}
