import { useContext } from "react";
import type { ImageView } from "../model/media.ts";
import { LiteMode } from "../render/lite-mode.ts";

/** Most images take the article's column on wide screens and the whole width on phones. */
export const COLUMN_SIZES = "(min-width: 48rem) 42rem, 100vw";
/** On a lite page every image is asked for at a phone's width: the smallest rendition that is sharp there. */
export const LITE_SIZES = "320px";

/**
 * An image with its intrinsic size (no layout shift), in AVIF or WebP where the browser takes
 * them and JPEG otherwise, at the width the layout needs; lazy unless it is the page's lead.
 */
export function ResponsiveImage({
  image,
  eager = false,
  sizes: pageSizes = COLUMN_SIZES,
}: {
  image: ImageView;
  eager?: boolean;
  sizes?: string;
}) {
  const lite = useContext(LiteMode);
  const sizes = lite ? LITE_SIZES : pageSizes;
  const img = (
    <img
      src={image.url}
      {...(image.sources.jpeg ? { srcSet: image.sources.jpeg, sizes } : {})}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      {...(eager ? { fetchPriority: "high" as const } : {})}
    />
  );
  if (!image.sources.avif && !image.sources.webp) return img;
  return (
    <picture>
      {image.sources.avif ? <source type="image/avif" srcSet={image.sources.avif} sizes={sizes} /> : null}
      {image.sources.webp ? <source type="image/webp" srcSet={image.sources.webp} sizes={sizes} /> : null}
      {img}
    </picture>
  );
}
