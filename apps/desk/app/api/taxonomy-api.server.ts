import { graphql } from "@sahifa/api-client/graphql";
import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { spellingKey } from "@sahifa/domain/slug";
import type { PostRefusal } from "../editor/post-refusal.ts";
import { type DeskCaller, requestAs } from "./client.server.ts";
import { deskError, fieldRefusal } from "./desk-api.server.ts";
import { RefusalFields } from "./refusal-fields.ts";

/*
 * The taxonomy page's calls: what an edition lacks (taxonomyGaps), its tags, and the writes
 * (labels, new tags and dossiers). A new tag that exists under another spelling is found again
 * here, so the page can name it in the desk's language.
 */

export type GapKind = "section" | "region" | "tag" | "dossier" | "author";
export type LabelKind = Exclude<GapKind, "author">;

export interface TaxonomyGapView {
  kind: GapKind;
  key: string;
  missing: string[];
}

export interface TagView {
  slug: string;
  label: string;
  description: string;
}

const TaxonomyQuery = graphql(`
  query DeskTaxonomy($locale: Locale!, $search: String) {
    taxonomyGaps(locale: $locale) {
      kind
      key
      missing
    }
    deskTags(locale: $locale, search: $search, first: 200) {
      slug
      label
      description
    }
  }
`);

export async function loadTaxonomy(
  caller: DeskCaller,
  locale: Locale,
  search: string | null,
): Promise<{ gaps: TaxonomyGapView[]; tags: TagView[] }> {
  const data = await requestAs(caller, TaxonomyQuery, { locale, search });
  return {
    gaps: data.taxonomyGaps.map((gap) => ({ kind: gap.kind, key: gap.key, missing: [...gap.missing] })),
    tags: data.deskTags.map((tag) => ({ slug: tag.slug, label: tag.label, description: tag.description })),
  };
}

export type TaxonomyOutcome =
  | { ok: true; done: "labelSet" | "created" }
  | { ok: false; problem: PostRefusal }
  | { ok: false; similar: { slug: string; label: string } };

const SetLabelMutation = graphql(
  `
  mutation DeskSetLabel($kind: TaxonomyKind!, $key: String!, $locale: Locale!, $label: String!, $description: String) {
    setTaxonomyLabel(kind: $kind, key: $key, locale: $locale, label: $label, description: $description) {
      __typename
      ...DeskRefusal
    }
  }
`,
  [RefusalFields],
);

/** A label (tags and dossiers: a title and a description) in one edition. */
export async function setTaxonomyLabel(
  caller: DeskCaller,
  input: { kind: LabelKind; key: string; locale: Locale; label: string; description: string | null },
): Promise<TaxonomyOutcome> {
  const { setTaxonomyLabel: result } = await requestAs(caller, SetLabelMutation, input);
  if (result.__typename === "LabelSet") return { ok: true, done: "labelSet" };
  if (result.__typename === "ValidationError") return { ok: false, problem: fieldRefusal(result, "label") };
  return { ok: false, problem: deskError(result, caller.ui) };
}

const CreateTagMutation = graphql(
  `
  mutation DeskCreateTag($slug: String!, $locale: Locale!, $label: String!) {
    createTag(slug: $slug, locale: $locale, label: $label) {
      __typename
      ...DeskRefusal
    }
  }
`,
  [RefusalFields],
);

const TagsQuery = graphql(`
  query DeskTagsOf($locale: Locale!, $search: String) {
    deskTags(locale: $locale, search: $search, first: 200) {
      slug
      label
    }
  }
`);

/** The existing tag spelled like `slug` or `label` in any edition, as the API compares them. */
async function similarTag(caller: DeskCaller, input: { slug: string; label: string }) {
  const wanted = new Set([spellingKey(input.slug), spellingKey(input.label)]);
  for (const locale of LOCALES) {
    for (const search of [input.label, input.slug]) {
      const { deskTags } = await requestAs(caller, TagsQuery, { locale, search });
      const match = deskTags.find(
        (tag) => wanted.has(spellingKey(tag.slug)) || wanted.has(spellingKey(tag.label)),
      );
      if (match) return { slug: match.slug, label: match.label };
    }
  }
  return null;
}

/** A new tag with its label in one edition; one spelled like an existing tag is named back. */
export async function createTag(
  caller: DeskCaller,
  input: { slug: string; locale: Locale; label: string },
): Promise<TaxonomyOutcome> {
  const { createTag: result } = await requestAs(caller, CreateTagMutation, input);
  if (result.__typename === "TagCreated") return { ok: true, done: "created" };
  if (result.__typename === "ValidationError") {
    const similar = await similarTag(caller, input);
    return similar ? { ok: false, similar } : { ok: false, problem: fieldRefusal(result, "label") };
  }
  return { ok: false, problem: deskError(result, caller.ui) };
}

const CreateDossierMutation = graphql(
  `
  mutation DeskCreateDossier($slug: String!, $locale: Locale!, $title: String!, $description: String) {
    createDossier(slug: $slug, locale: $locale, title: $title, description: $description) {
      __typename
      ...DeskRefusal
    }
  }
`,
  [RefusalFields],
);

export async function createDossier(
  caller: DeskCaller,
  input: { slug: string; locale: Locale; title: string; description: string | null },
): Promise<TaxonomyOutcome> {
  const { createDossier: result } = await requestAs(caller, CreateDossierMutation, input);
  if (result.__typename === "DossierCreated") return { ok: true, done: "created" };
  if (result.__typename === "ValidationError") return { ok: false, problem: fieldRefusal(result, "title") };
  return { ok: false, problem: deskError(result, caller.ui) };
}
