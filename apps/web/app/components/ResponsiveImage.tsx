import type { ImageView } from "../model/media.ts";

/** Most images take the article's column on wide screens and the whole width on phones. */
export const COLUMN_SIZES = "(min-width: 48rem) 42rem, 100vw";

/**
 * An image with its intrinsic size (no layout shift), in AVIF or WebP where the browser takes
 * them and JPEG otherwise, at the width the layout needs; lazy unless it is the page's lead.
 */
export function ResponsiveImage({
  image,
  eager = false,
  sizes = COLUMN_SIZES,
}: {
  image: ImageView;
  eager?: boolean;
  sizes?: string;
}) {
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
