import { createTag, setTaxonomyLabel } from "@sahifa/db/desk/taxonomy-labels";
import { builder } from "../../builder.ts";
import { LocaleEnum } from "../locale.schema.ts";
import { ForbiddenRef, NotFoundRef, ValidationErrorRef } from "./desk-errors.schema.ts";
import { authorize } from "./desk-guard.ts";

const TaxonomyKindEnum = builder.enumType("TaxonomyKind", {
  values: ["section", "region", "tag", "dossier"] as const,
});

const LabelSetRef = builder.objectRef<{ kind: "label_set"; label: string; description: string | null }>(
  "LabelSet",
);
builder.objectType(LabelSetRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "label_set",
  fields: (t) => ({
    label: t.exposeString("label"),
    description: t.exposeString("description", { nullable: true }),
  }),
});
const TagCreatedRef = builder.objectRef<{ kind: "tag_created"; id: number; slug: string }>("TagCreated");
builder.objectType(TagCreatedRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === "tag_created",
  fields: (t) => ({ id: t.id({ resolve: (r) => r.id }), slug: t.exposeString("slug") }),
});

const SetLabelResult = builder.unionType("SetTaxonomyLabelResult", {
  types: [LabelSetRef, ValidationErrorRef, ForbiddenRef, NotFoundRef],
});
const CreateTagResult = builder.unionType("CreateTagResult", {
  types: [TagCreatedRef, ValidationErrorRef, ForbiddenRef],
});

builder.mutationFields((t) => ({
  setTaxonomyLabel: t.field({
    type: SetLabelResult,
    description:
      "Editors of `locale`: sets the label of a section, region, tag or dossier (tags and dossiers: title + description) in that edition.",
    args: {
      kind: t.arg({ type: TaxonomyKindEnum, required: true }),
      key: t.arg.string({ required: true, description: "A section path, or a region/tag/dossier slug." }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      label: t.arg.string({ required: true }),
      description: t.arg.string({
        description: "Tags and dossiers: the text under the title (kept when not given).",
      }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "editTaxonomy", args.locale);
      if ("kind" in user) return user;
      const result = await setTaxonomyLabel(context.db, args);
      if (result.kind === "label_set") await context.readerCache.labelsChanged(args.locale);
      return result;
    },
  }),
  createTag: t.field({
    type: CreateTagResult,
    description:
      "Editors: creates a tag with its label in one edition (other editions label it with setTaxonomyLabel).",
    args: {
      slug: t.arg.string({ required: true }),
      locale: t.arg({ type: LocaleEnum, required: true }),
      label: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const user = authorize(context, "editTaxonomy", args.locale);
      if ("kind" in user) return user;
      return createTag(context.db, args);
    },
  }),
}));
