import type { Locale } from "@sahifa/domain/locales";

/** Every desk URL in one place. The UI language is the edition prefix (issue 4). */
export const deskUrls = {
  queue: (ui: Locale) => `/${ui}/desk`,
  signIn: (ui: Locale, next?: string) =>
    next ? `/${ui}/desk/sign-in?next=${encodeURIComponent(next)}` : `/${ui}/desk/sign-in`,
  signOut: (ui: Locale) => `/${ui}/desk/sign-out`,
  editor: (ui: Locale, articleId: number, target: Locale) => `/${ui}/desk/articles/${articleId}/${target}`,
  revisions: (ui: Locale, articleId: number, target: Locale) =>
    `/${ui}/desk/articles/${articleId}/${target}/revisions`,
  sourceChanges: (ui: Locale, articleId: number, target: Locale) =>
    `/${ui}/desk/articles/${articleId}/${target}/source-changes`,
  breaking: (ui: Locale) => `/${ui}/desk/breaking`,
  /** The live stories; with a story, its form and updates (`posted`: the update just sent). */
  live: (ui: Locale, story?: { articleId: number; locale: Locale }, posted?: number) => {
    if (!story) return `/${ui}/desk/live`;
    const query = new URLSearchParams({ article: String(story.articleId), edition: story.locale });
    if (posted !== undefined) query.set("posted", String(posted));
    return `/${ui}/desk/live?${query}`;
  },
};

/** Whether a path is the desk's (`/{ui}/desk…`), the one part of the site React Router hydrates. */
export function isDeskPath(pathname: string): boolean {
  return /^\/[^/]+\/desk(?:\/|$)/.test(pathname);
}

/**
 * Where to go after signing in: only a path inside this desk, so the sign-in form
 * cannot be used to send someone to another site.
 */
export function safeNext(ui: Locale, next: string | null): string {
  if (next?.startsWith(`/${ui}/desk`) && !next.startsWith("//") && !next.includes("\\")) return next;
  return deskUrls.queue(ui);
}
