import type { Locale } from "@sahifa/domain/locales";
import { slugify, spellingKey } from "@sahifa/domain/slug";
import { ARTICLE_KINDS, type ArticleKind } from "@sahifa/domain/taxonomy";
import type { MediaChoicesPage } from "./media-choice.ts";

/** An article's language-neutral facts as the desk's forms hold them (named by path and slug). */
export interface ArticleFacts {
  kind: ArticleKind;
  sectionPath: string;
  regionSlug: string | null;
  dossierSlug: string | null;
  tagSlugs: string[];
  authorSlugs: string[];
  sourceName: string | null;
  leadMediaId: number | null;
}

export interface Option {
  value: string;
  label: string;
}

/** What the facts form offers; tags carry their label in every edition for the spelling check. */
export interface Pickers {
  /** Every article kind with its name in the desk's language (the editions' own words). */
  kinds: Array<{ value: ArticleKind; label: string }>;
  sections: Array<{ path: string; label: string; depth: number }>;
  regions: Option[];
  dossiers: Option[];
  authors: Option[];
  tags: Array<{ slug: string; label: string; labels: string[] }>;
  /** The media library's first page of images (the picker searches and pages the rest). */
  media: MediaChoicesPage;
}

/** One recorded change of the facts (the API's factHistory). */
export interface FactChangeView {
  id: string;
  changedAt: string;
  changedBy: string | null;
  changes: Array<{ field: string; before: string[]; after: string[] }>;
}

export interface NewTag {
  slug: string;
  label: string;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

function orNull(value: string): string | null {
  return value === "" ? null : value;
}

function isKind(value: string): value is ArticleKind {
  return (ARTICLE_KINDS as readonly string[]).includes(value);
}

/** The facts fields of a posted form (new article and facts page alike); the API checks the rest. */
export function readFactsForm(form: FormData): { facts: ArticleFacts; newTags: NewTag[] } {
  const kind = text(form, "kind");
  const lead = Number.parseInt(text(form, "leadMediaId"), 10);
  const strings = (name: string) =>
    form
      .getAll(name)
      .filter((value): value is string => typeof value === "string" && value.trim() !== "")
      .map((value) => value.trim());
  return {
    facts: {
      kind: isKind(kind) ? kind : "news",
      sectionPath: text(form, "sectionPath"),
      regionSlug: orNull(text(form, "regionSlug")),
      dossierSlug: orNull(text(form, "dossierSlug")),
      tagSlugs: [...new Set(strings("tagSlugs"))],
      authorSlugs: [...new Set(strings("authorSlugs"))],
      sourceName: orNull(text(form, "sourceName")),
      leadMediaId: Number.isSafeInteger(lead) && lead > 0 ? lead : null,
    },
    newTags: newTagsOf(text(form, "newTags")),
  };
}

/** "Climate talks\nالانتخابات" → one tag per line, its slug made from its label. */
export function newTagsOf(lines: string): NewTag[] {
  const seen = new Set<string>();
  const tags: NewTag[] = [];
  for (const line of lines.split(/\r?\n/)) {
    const label = line.trim();
    if (label === "" || seen.has(spellingKey(label))) continue;
    seen.add(spellingKey(label));
    tags.push({ label, slug: slugify(label, "en") });
  }
  return tags;
}

/**
 * The existing tag a typed one duplicates under another spelling (case, accents, hyphens,
 * Arabic letter forms), as the API decides it: the form offers the existing tag instead.
 */
export function existingTagFor(typed: NewTag, tags: Pickers["tags"]): Pickers["tags"][number] | null {
  const keys = new Set([spellingKey(typed.label), spellingKey(typed.slug)]);
  return (
    tags.find(
      (tag) => keys.has(spellingKey(tag.slug)) || tag.labels.some((label) => keys.has(spellingKey(label))),
    ) ?? null
  );
}

/** The facts a new article starts with. */
export function blankFacts(sectionPath: string): ArticleFacts {
  return {
    kind: "news",
    sectionPath,
    regionSlug: null,
    dossierSlug: null,
    tagSlugs: [],
    authorSlugs: [],
    sourceName: null,
    leadMediaId: null,
  };
}
