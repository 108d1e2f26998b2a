import { type FragmentOf, graphql, type ResultOf, readFragment } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import { formatNewsroomDate } from "@sahifa/i18n/newsroom-time";
import type { ImageView } from "../model/media.ts";
import type { TeaserView } from "../model/teaser.ts";
import { encodePath } from "../urls.ts";

export const ImageFields = graphql(`
  fragment ImageFields on Image {
    url
    width
    height
    alt
    caption
    credit
    renditions(crop: FULL) { url width format }
    socialCard { url }
  }
`);

/** What every list of articles asks for; one fragment so lists stay consistent. */
export const TeaserFields = graphql(
  `
  fragment TeaserFields on Article {
    id
    kind
    url
    title
    summary
    publishedAt
    section { label url }
    region { label url }
    leadImage { ...ImageFields }
  }
`,
  [ImageFields],
);

/** Images are served by the API under /media and proxied by the web server (routes/media.ts). */
export function toImage(data: FragmentOf<typeof ImageFields>): ImageView {
  return imageView(readFragment(ImageFields, data));
}

function imageView(image: ResultOf<typeof ImageFields>): ImageView {
  return {
    url: encodePath(image.url),
    // Renditions at fixed widths per format; empty when the API has none for this image.
    sources: {
      avif: srcsetOf(image.renditions, "AVIF"),
      webp: srcsetOf(image.renditions, "WEBP"),
      jpeg: srcsetOf(image.renditions, "JPEG"),
    },
    socialCard: image.socialCard?.url ?? null,
    width: image.width,
    height: image.height,
    // An image without alt text in this language falls back to its caption (reference: "caption as alt").
    alt: image.alt || image.caption,
    caption: image.caption || null,
    credit: image.credit ?? null,
  };
}

/** A `srcset` value ("url 320w, url 640w") of one format's renditions. */
export function srcsetOf(
  renditions: ReadonlyArray<{ url: string; width: number; format: string }>,
  format: "AVIF" | "WEBP" | "JPEG",
): string {
  return renditions
    .filter((rendition) => rendition.format === format)
    .map((rendition) => `${encodePath(rendition.url)} ${rendition.width}w`)
    .join(", ");
}

export function toTeaser(
  data: FragmentOf<typeof TeaserFields>,
  locale: Locale,
  timeZone: string,
): TeaserView {
  const article = readFragment(TeaserFields, data);
  const image = article.leadImage;
  return {
    id: article.id,
    url: encodePath(article.url),
    title: article.title,
    summary: article.summary || null,
    kind: article.kind,
    section: { label: article.section.label, url: encodePath(article.section.url) },
    region: article.region ? { label: article.region.label, url: encodePath(article.region.url) } : null,
    publishedAt: article.publishedAt,
    publishedLabel: formatNewsroomDate(article.publishedAt, locale, timeZone),
    image: image ? toImage(image) : null,
  };
}
