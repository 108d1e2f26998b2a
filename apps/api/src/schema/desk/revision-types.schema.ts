import type { DeskRevision } from "@sahifa/db/desk/revision-rows";
import type { FieldChange, RevisionComparison } from "@sahifa/db/desk/revisions";
import type { BlockDiffEntry } from "@sahifa/domain/block-diff";
import { builder } from "../../builder.ts";
import { LocaleEnum } from "../locale.schema.ts";

/**
 * Revision types of the desk. Bodies travel as JSON in the shape of the
 * domain's BodyBlock list (the reader schema renders typed blocks; the desk
 * edits the raw structure) and are validated on every write.
 */
export const BodyBlocksScalar = builder.scalarType("BodyBlocks", {
  description:
    'A translation body: a JSON array of blocks, e.g. [{"type":"paragraph","content":[{"text":"Hello"}]}]. Block types: paragraph, heading, quote, list, image, gallery, video, related. Validated on write (links http(s) or site-relative only).',
  serialize: (value) => value,
  parseValue: (value) => value,
});

/** One block of a diff, as JSON in the same shape as an element of BodyBlocks. */
const BlockJsonScalar = builder.scalarType("BlockJSON", {
  description: "One body block as JSON (an element of BodyBlocks).",
  serialize: (value) => value,
  parseValue: (value) => value,
});

export const RevisionRef = builder.objectRef<DeskRevision>("Revision");
builder.objectType(RevisionRef, {
  description: "One saved version of a translation. Revisions are append-only: never changed or deleted.",
  fields: (t) => ({
    id: t.id({ resolve: (r) => r.id }),
    articleId: t.id({ resolve: (r) => r.articleId }),
    locale: t.field({ type: LocaleEnum, resolve: (r) => r.locale }),
    title: t.exposeString("title"),
    slug: t.exposeString("slug"),
    summary: t.exposeString("summary"),
    body: t.field({ type: BodyBlocksScalar, resolve: (r) => r.body }),
    seoTitle: t.exposeString("seoTitle", { nullable: true }),
    seoDescription: t.exposeString("seoDescription", { nullable: true }),
    basedOnRevisionId: t.id({
      nullable: true,
      description: "The head this revision was saved over (null for a translation's first revision).",
      resolve: (r) => r.basedOnRevisionId,
    }),
    sourceRevisionId: t.id({
      nullable: true,
      description: "The revision of the original this text was translated from (null for originals).",
      resolve: (r) => r.sourceRevisionId,
    }),
    authorId: t.id({ nullable: true, resolve: (r) => r.authorUserId }),
    authorName: t.exposeString("authorName", { nullable: true }),
    note: t.exposeString("note", {
      nullable: true,
      description: 'E.g. "Restored revision 12", "Filled from source".',
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const BlockChangeEnum = builder.enumType("BlockChange", {
  values: ["unchanged", "changed", "added", "removed"] as const,
});

export const BlockDiffEntryRef = builder.objectRef<BlockDiffEntry>("BlockDiffEntry");
builder.objectType(BlockDiffEntryRef, {
  description:
    "One block in a block-level diff, in reading order: unchanged/changed blocks have both sides, removed only `before`, added only `after`.",
  fields: (t) => ({
    change: t.field({ type: BlockChangeEnum, resolve: (e) => e.kind }),
    beforeIndex: t.int({ nullable: true, resolve: (e) => ("beforeIndex" in e ? e.beforeIndex : null) }),
    afterIndex: t.int({ nullable: true, resolve: (e) => ("afterIndex" in e ? e.afterIndex : null) }),
    before: t.field({
      type: BlockJsonScalar,
      nullable: true,
      resolve: (e) => ("before" in e ? e.before : null),
    }),
    after: t.field({
      type: BlockJsonScalar,
      nullable: true,
      resolve: (e) => ("after" in e ? e.after : null),
    }),
  }),
});

const FieldChangeRef = builder.objectRef<FieldChange>("FieldChange");
builder.objectType(FieldChangeRef, {
  fields: (t) => ({
    field: t.exposeString("field", { description: "title, slug, summary, seoTitle or seoDescription." }),
    before: t.exposeString("before", { nullable: true }),
    after: t.exposeString("after", { nullable: true }),
  }),
});

export const RevisionComparisonRef = builder.objectRef<RevisionComparison>("RevisionComparison");
builder.objectType(RevisionComparisonRef, {
  description:
    "Two revisions side by side: the text fields that differ and a block-level diff of the bodies.",
  isTypeOf: (value) => (value as { kind?: string }).kind === "comparison",
  fields: (t) => ({
    before: t.field({ type: RevisionRef, resolve: (c) => c.before }),
    after: t.field({ type: RevisionRef, resolve: (c) => c.after }),
    fields: t.field({ type: [FieldChangeRef], resolve: (c) => c.fields }),
    blocks: t.field({ type: [BlockDiffEntryRef], resolve: (c) => c.blocks }),
  }),
});
