import type { ImageView } from "../model/media.ts";

/** An image with its intrinsic size (no layout shift); lazy unless it is the page's lead. */
export function ResponsiveImage({ image, eager = false }: { image: ImageView; eager?: boolean }) {
  return (
    <img
      src={image.url}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      {...(eager ? { fetchPriority: "high" as const } : {})}
    />
  );
}
