import type { MediaItem } from "@sahifa/db/reader/media";
import { builder } from "../builder.ts";

export const ImageRef = builder.objectRef<MediaItem>("Image");

builder.objectType(ImageRef, {
  description: "An image from the media library, with its text in the edition's language.",
  fields: (t) => ({
    url: t.exposeString("path", { description: "Site-relative URL the API serves the file at (/media/…)." }),
    mimeType: t.exposeString("mimeType"),
    width: t.exposeInt("width"),
    height: t.exposeInt("height"),
    alt: t.exposeString("alt", {
      description: "Alternative text; empty when the image has none in this language.",
    }),
    caption: t.exposeString("caption"),
    credit: t.exposeString("credit", { nullable: true }),
  }),
});
