import type { Locale } from "@sahifa/domain/locales";

/** Every desk URL in one place. The UI language is the first path segment. */
export const deskUrls = {
  queue: (ui: Locale) => `/${ui}`,
  signIn: (ui: Locale, next?: string) =>
    next ? `/${ui}/sign-in?next=${encodeURIComponent(next)}` : `/${ui}/sign-in`,
  signOut: (ui: Locale) => `/${ui}/sign-out`,
  editor: (ui: Locale, articleId: number, target: Locale) => `/${ui}/articles/${articleId}/${target}`,
  revisions: (ui: Locale, articleId: number, target: Locale) =>
    `/${ui}/articles/${articleId}/${target}/revisions`,
  sourceChanges: (ui: Locale, articleId: number, target: Locale) =>
    `/${ui}/articles/${articleId}/${target}/source-changes`,
  preview: (ui: Locale, articleId: number, target: Locale) =>
    `/${ui}/articles/${articleId}/${target}/preview`,
  newArticle: (ui: Locale) => `/${ui}/articles/new`,
  facts: (ui: Locale, articleId: number) => `/${ui}/articles/${articleId}/facts`,
  breaking: (ui: Locale) => `/${ui}/breaking`,
  publishing: (ui: Locale, articleId: number, target: Locale) =>
    `/${ui}/articles/${articleId}/${target}/publishing`,
  media: (ui: Locale) => `/${ui}/media`,
  mediaItem: (ui: Locale, mediaId: number) => `/${ui}/media/${mediaId}`,
  /** One page of the library for a picker (a resource route, read by the media pickers). */
  mediaChoices: (
    ui: Locale,
    query: { kind: "image" | "video"; edition: Locale; search?: string; after?: string },
  ) => {
    const params = new URLSearchParams({ kind: query.kind, edition: query.edition });
    if (query.search) params.set("search", query.search);
    if (query.after) params.set("after", query.after);
    return `/${ui}/media-choices?${params}`;
  },
  taxonomy: (ui: Locale) => `/${ui}/taxonomy`,
  authors: (ui: Locale) => `/${ui}/authors`,
  author: (ui: Locale, slug: string) => `/${ui}/authors/${encodeURIComponent(slug)}`,
  /** The translation memory's matches for one source block (a resource route, read by the editor). */
  memory: (ui: Locale, articleId: number, target: Locale, block: number) =>
    `/${ui}/articles/${articleId}/${target}/memory?block=${block}`,
  xliff: (ui: Locale, articleId: number, target: Locale) => `/${ui}/articles/${articleId}/${target}/xliff`,
  xliffDownload: (ui: Locale, articleId: number, target: Locale) =>
    `/${ui}/articles/${articleId}/${target}/xliff/download`,
  /** Several translations of one language pair as one XLIFF download (`item=<id>:<locale>`, repeated). */
  xliffSelection: (ui: Locale) => `/${ui}/xliff`,
  /** A language pair's glossary; `edit`: the term whose form is open. */
  glossary: (ui: Locale, pair?: { sourceLocale: Locale; targetLocale: Locale }, edit?: number) => {
    if (!pair) return `/${ui}/glossary`;
    const query = new URLSearchParams({ from: pair.sourceLocale, to: pair.targetLocale });
    if (edit !== undefined) query.set("edit", String(edit));
    return `/${ui}/glossary?${query}`;
  },
  /** The live stories; with a story, its form and updates (`posted`: the update just sent). */
  live: (ui: Locale, story?: { articleId: number; locale: Locale }, posted?: number) => {
    if (!story) return `/${ui}/live`;
    const query = new URLSearchParams({ article: String(story.articleId), edition: story.locale });
    if (posted !== undefined) query.set("posted", String(posted));
    return `/${ui}/live?${query}`;
  },
};

/**
 * Where to go after signing in: only a path inside this desk and UI language, so the sign-in
 * form cannot be used to send someone to another site.
 */
export function safeNext(ui: Locale, next: string | null): string {
  const inDesk = next === `/${ui}` || next?.startsWith(`/${ui}/`) || next?.startsWith(`/${ui}?`);
  if (inDesk && !next?.startsWith("//") && !next?.includes("\\")) return next as string;
  return deskUrls.queue(ui);
}
