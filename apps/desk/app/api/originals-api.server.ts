import { graphql } from "@sahifa/api-client/graphql";
import type { TranslationContent } from "@sahifa/domain/article";
import type { ValidationError } from "@sahifa/domain/block-validation";
import type { Locale } from "@sahifa/domain/locales";
import { ARTICLE_KINDS } from "@sahifa/domain/taxonomy";
import type { TranslationStatus } from "@sahifa/domain/workflow";
import { resources } from "@sahifa/i18n/resources";
import type { ArticleFacts, FactChangeView, Pickers } from "../editor/article-facts.ts";
import { env } from "../env.server.ts";
import { callerHeaders, type DeskCaller, requestAs } from "./client.server.ts";
import { type DeskRefusal, deskError } from "./desk-api.server.ts";
import { loadMediaChoices, withChosen } from "./media-choices-api.server.ts";

/*
 * The API calls of the pages that write originals: what an editor picks from (sections,
 * regions, dossiers, tags, authors, images), creating an article, its facts and their history,
 * and uploads to the media library. Asked in the desk's language, so refusals come worded in it.
 */

const PickersQuery = graphql(`
  query DeskPickers($ui: Locale!) {
    sections(locale: $ui) {
      path
      label
      children {
        path
        label
        children {
          path
          label
        }
      }
    }
    regions(locale: $ui) {
      slug
      label
    }
    deskDossiers(locale: $ui) {
      slug
      title
    }
    deskAuthors(locale: $ui) {
      slug
      name
    }
    en: deskTags(locale: en, first: 200) {
      slug
      label
    }
    ar: deskTags(locale: ar, first: 200) {
      slug
      label
    }
    es: deskTags(locale: es, first: 200) {
      slug
      label
    }
  }
`);

type SectionNode = { path: string; label: string; children?: readonly SectionNode[] };

function flattenSections(nodes: readonly SectionNode[], depth = 0): Pickers["sections"] {
  return nodes.flatMap((node) => [
    { path: node.path, label: node.label, depth },
    ...flattenSections(node.children ?? [], depth + 1),
  ]);
}

/** Everything the facts form offers, labelled in the desk's language (tags in every language, for the spelling check). */
export async function loadPickers(caller: DeskCaller, edition: Locale = caller.ui): Promise<Pickers> {
  const { ui } = caller;
  const [data, media] = await Promise.all([
    requestAs(caller, PickersQuery, { ui }),
    loadMediaChoices(caller, edition, { kind: "image" }),
  ]);
  const tags = new Map<string, Pickers["tags"][number]>();
  for (const locale of ["en", "ar", "es"] as const) {
    for (const tag of data[locale]) {
      const entry = tags.get(tag.slug) ?? { slug: tag.slug, label: tag.slug, labels: [] };
      entry.labels.push(tag.label);
      if (locale === ui) entry.label = tag.label;
      tags.set(tag.slug, entry);
    }
  }
  return {
    kinds: ARTICLE_KINDS.map((kind) => ({ value: kind, label: resources[ui].article.kinds[kind] })),
    sections: flattenSections(data.sections),
    regions: data.regions.map((region) => ({ value: region.slug, label: region.label })),
    dossiers: data.deskDossiers.map((dossier) => ({ value: dossier.slug, label: dossier.title })),
    authors: data.deskAuthors.map((author) => ({ value: author.slug, label: author.name })),
    tags: [...tags.values()].sort((a, b) => a.label.localeCompare(b.label, ui)),
    media,
  };
}

/**
 * `pickers` with the images `ids` name added when they are older than the library's first page,
 * so a chosen image stays offered (and its missing alt text is still warned about).
 */
export async function withMedia(
  caller: DeskCaller,
  edition: Locale,
  pickers: Pickers,
  ids: ReadonlyArray<number | null>,
): Promise<Pickers> {
  return { ...pickers, media: await withChosen(caller, edition, pickers.media, ids) };
}

function problemsOf(
  list: ReadonlyArray<{
    field: string;
    blockIndex?: number | null;
    blockType?: string | null;
    message: string;
  }>,
): ValidationError[] {
  return list.map((problem) => ({
    field: problem.field,
    blockIndex: problem.blockIndex ?? null,
    blockType: problem.blockType ?? null,
    message: problem.message,
  }));
}

function factsInput(facts: ArticleFacts, newTags: ReadonlyArray<{ slug: string; label: string }>) {
  return {
    kind: facts.kind,
    sectionPath: facts.sectionPath,
    regionSlug: facts.regionSlug,
    dossierSlug: facts.dossierSlug,
    tagSlugs: facts.tagSlugs,
    newTags: [...newTags],
    authorSlugs: facts.authorSlugs,
    sourceName: facts.sourceName,
    leadMediaId: facts.leadMediaId === null ? null : String(facts.leadMediaId),
  };
}

const CreateMutation = graphql(`
  mutation DeskCreateArticle($locale: Locale!, $facts: ArticleFactsInput!, $content: TranslationContentInput!) {
    createArticle(originalLocale: $locale, facts: $facts, content: $content) {
      __typename
      ... on TranslationCreated {
        translation {
          articleId
        }
      }
      ... on ValidationError {
        problems {
          field
          blockIndex
          blockType
          message
        }
      }
      ... on DeskError {
        code
        message
      }
    }
  }
`);

export type FactsOutcome =
  | { kind: "done"; articleId: number }
  | { kind: "invalid"; errors: ValidationError[] }
  | DeskRefusal;

/** An original and its first draft revision, in one transaction of the API. */
export async function createOriginal(
  caller: DeskCaller,
  input: {
    locale: Locale;
    facts: ArticleFacts;
    newTags: ReadonlyArray<{ slug: string; label: string }>;
    content: TranslationContent;
  },
): Promise<FactsOutcome> {
  const { createArticle: result } = await requestAs(caller, CreateMutation, {
    locale: input.locale,
    facts: factsInput(input.facts, input.newTags),
    content: {
      title: input.content.title,
      slug: input.content.slug,
      summary: input.content.summary,
      body: input.content.body,
      seoTitle: null,
      seoDescription: null,
    },
  });
  if (result.__typename === "TranslationCreated")
    return { kind: "done", articleId: Number(result.translation.articleId) };
  if (result.__typename === "ValidationError")
    return { kind: "invalid", errors: problemsOf(result.problems) };
  return deskError(result, caller.ui);
}

const FactsQuery = graphql(`
  query DeskArticleFacts($id: ID!) {
    deskArticle(id: $id) {
      id
      kind
      originalLocale
      sectionPath
      regionSlug
      dossierSlug
      tagSlugs
      authorSlugs
      sourceName
      leadMediaId
      translations {
        locale
        status
        head {
          title
        }
      }
      factHistory {
        id
        changedAt
        changedBy
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

export interface ArticleFactsView {
  articleId: number;
  originalLocale: Locale;
  title: string;
  facts: ArticleFacts;
  editions: Array<{ locale: Locale; status: TranslationStatus }>;
  history: FactChangeView[];
}

/** An article's facts, its editions and the history of its facts; null when unknown. */
export async function loadFacts(caller: DeskCaller, articleId: number): Promise<ArticleFactsView | null> {
  const data = await requestAs(caller, FactsQuery, { id: String(articleId) });
  const article = data.deskArticle;
  if (!article) return null;
  const original = article.translations.find((t) => t.locale === article.originalLocale);
  return {
    articleId,
    originalLocale: article.originalLocale,
    title: original?.head.title ?? "",
    facts: {
      kind: article.kind,
      sectionPath: article.sectionPath,
      regionSlug: article.regionSlug ?? null,
      dossierSlug: article.dossierSlug ?? null,
      tagSlugs: [...article.tagSlugs],
      authorSlugs: [...article.authorSlugs],
      sourceName: article.sourceName ?? null,
      leadMediaId: article.leadMediaId ? Number(article.leadMediaId) : null,
    },
    editions: article.translations.map((t) => ({ locale: t.locale, status: t.status as TranslationStatus })),
    history: article.factHistory.map((change) => ({
      id: String(change.id),
      changedAt: change.changedAt,
      changedBy: change.changedBy ?? null,
      changes: change.changes.map((c) => ({ field: c.field, before: [...c.before], after: [...c.after] })),
    })),
  };
}

const UpdateMutation = graphql(`
  mutation DeskUpdateFacts($id: ID!, $facts: ArticleFactsInput!) {
    updateArticle(id: $id, facts: $facts) {
      __typename
      ... on ValidationError {
        problems {
          field
          blockIndex
          blockType
          message
        }
      }
      ... on DeskError {
        code
        message
      }
    }
  }
`);

/** Changes the facts; the API keeps the change in the article's fact history. */
export async function updateFacts(
  caller: DeskCaller,
  articleId: number,
  facts: ArticleFacts,
  newTags: ReadonlyArray<{ slug: string; label: string }>,
): Promise<FactsOutcome> {
  const { updateArticle: result } = await requestAs(caller, UpdateMutation, {
    id: String(articleId),
    facts: factsInput(facts, newTags),
  });
  if (result.__typename === "ArticleUpdated") return { kind: "done", articleId };
  if (result.__typename === "ValidationError")
    return { kind: "invalid", errors: problemsOf(result.problems) };
  return deskError(result, caller.ui);
}

export type UploadOutcome =
  | { kind: "uploaded"; mediaId: number }
  | { kind: "refused"; field: "file" | "alt" | "caption" | "credit"; message: string }
  | { kind: "sessionExpired" };

/**
 * An image to the media library through the API's upload endpoint (the browser never holds
 * the session token). The API decides the type from the bytes and answers in `ui`.
 */
export async function uploadImage(
  caller: DeskCaller,
  upload: { file: File; locale: Locale; alt: string; caption: string; credit: string },
): Promise<UploadOutcome> {
  const form = new FormData();
  form.set("locale", upload.locale);
  form.set("alt", upload.alt);
  if (upload.caption) form.set("caption", upload.caption);
  if (upload.credit) form.set("credit", upload.credit);
  form.set("file", upload.file, upload.file.name);
  const response = await fetch(new URL("/media/upload", env.API_URL), {
    method: "POST",
    headers: callerHeaders(caller),
    body: form,
  });
  const body = (await response.json().catch(() => null)) as {
    media?: { id: number | string };
    error?: { code: string; message: string; field?: string };
  } | null;
  if (response.ok && body?.media) return { kind: "uploaded", mediaId: Number(body.media.id) };
  if (body?.error?.code === "SESSION_EXPIRED" || body?.error?.code === "UNAUTHENTICATED")
    return { kind: "sessionExpired" };
  const field = body?.error?.field;
  return {
    kind: "refused",
    field: field === "alt" || field === "caption" || field === "credit" ? field : "file",
    message: body?.error?.message ?? `The media library refused the file (${response.status}).`,
  };
}
