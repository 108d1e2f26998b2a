import { builder } from "../../builder.ts";
import { BodyBlocksScalar } from "./revision-types.schema.ts";

export const TranslationContentInput = builder.inputType("TranslationContentInput", {
  description: "The text of one translation. Validated on write; an empty slug is made from the title.",
  fields: (t) => ({
    title: t.string({ required: true }),
    slug: t.string({
      description: "Lower-case words joined by hyphens (Arabic letters in the Arabic edition).",
    }),
    summary: t.string({
      required: true,
      description: "The standfirst under the headline (may be empty in a draft).",
    }),
    body: t.field({ type: BodyBlocksScalar, required: true }),
    seoTitle: t.string(),
    seoDescription: t.string(),
  }),
});
