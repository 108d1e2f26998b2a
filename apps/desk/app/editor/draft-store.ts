import type { TranslationContent } from "@sahifa/domain/article";

/**
 * Unsaved edits live in localStorage until the API has them (translators never
 * lose work). A reload, a crash or a lost connection finds them here; a successful save
 * whose text is still what the editor shows removes them.
 */
export interface StoredDraft {
  articleId: number;
  locale: string;
  /** The head revision the edits were made on; a different head on reload means a conflict to resolve. */
  basedOnRevisionId: number | null;
  content: TranslationContent;
  /** ISO time of the last edit. */
  editedAt: string;
}

/** The part of the Web Storage API the store needs; tests pass a Map-backed one. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function draftKey(articleId: number, locale: string): string {
  return `sahifa:desk:draft:${articleId}:${locale}`;
}

function isStoredDraft(value: unknown): value is StoredDraft {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Partial<StoredDraft>;
  return (
    typeof draft.articleId === "number" &&
    typeof draft.locale === "string" &&
    (draft.basedOnRevisionId === null || typeof draft.basedOnRevisionId === "number") &&
    typeof draft.content === "object" &&
    draft.content !== null &&
    Array.isArray(draft.content.body) &&
    typeof draft.content.title === "string"
  );
}

export function loadDraft(storage: DraftStorage, articleId: number, locale: string): StoredDraft | null {
  const raw = storage.getItem(draftKey(articleId, locale));
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isStoredDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Keeps the edits; a full storage (quota) is reported, never thrown, so typing goes on. */
export function storeDraft(storage: DraftStorage, draft: StoredDraft): boolean {
  try {
    storage.setItem(draftKey(draft.articleId, draft.locale), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function sameContent(a: TranslationContent, b: TranslationContent): boolean {
  return (
    a.title === b.title &&
    a.summary === b.summary &&
    a.slug === b.slug &&
    (a.seoTitle ?? null) === (b.seoTitle ?? null) &&
    (a.seoDescription ?? null) === (b.seoDescription ?? null) &&
    JSON.stringify(a.body) === JSON.stringify(b.body)
  );
}

/**
 * After the API accepted `saved` as revision `revisionId`: forget the stored draft when it
 * holds exactly that text; otherwise (the translator typed on while the save was in flight)
 * keep it, now based on the new revision, so the next save does not conflict with our own.
 */
export function settleDraft(
  storage: DraftStorage,
  articleId: number,
  locale: string,
  saved: TranslationContent,
  revisionId: number,
): void {
  const stored = loadDraft(storage, articleId, locale);
  if (!stored) return;
  if (sameContent(stored.content, saved)) {
    storage.removeItem(draftKey(articleId, locale));
  } else {
    storeDraft(storage, { ...stored, basedOnRevisionId: revisionId });
  }
}

export function discardDraft(storage: DraftStorage, articleId: number, locale: string): void {
  storage.removeItem(draftKey(articleId, locale));
}
