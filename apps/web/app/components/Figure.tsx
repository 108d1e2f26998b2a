import { useTranslation } from "react-i18next";
import type { ImageView } from "../model/media.ts";
import { ResponsiveImage } from "./ResponsiveImage.tsx";

/** An image with its caption and, in parentheses, its credit (reference anatomy: lead image). */
export function Figure({
  image,
  eager = false,
  className,
}: {
  image: ImageView;
  eager?: boolean;
  className?: string;
}) {
  const { t } = useTranslation("article");
  const hasCaption = Boolean(image.caption || image.credit);
  return (
    <figure className={className}>
      <ResponsiveImage image={image} eager={eager} />
      {hasCaption ? (
        <figcaption>
          {image.caption}
          {image.caption && image.credit ? " " : null}
          {image.credit ? (
            <bdi className="credit">{t("caption.credit", { credit: image.credit })}</bdi>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
