import { LOCALES, type Locale } from "./locales.ts";
import type { Role, WorkflowAction } from "./workflow.ts";
import { actionsFrom, canSaveRevision, type TranslationStatus } from "./workflow.ts";

/**
 * Who may do what (DESIGN "Roles"): admin everything; editor writes, reviews
 * and publishes in their locales; translator edits drafts and submits in their
 * language pairs (en→ar: translations into Arabic of English originals). A
 * user's `locales` are the editions they may write in (for a translator, the
 * targets of their pairs). Anonymous readers do nothing here: they only read
 * published content.
 */

export const DESK_ACTIONS = [
  /** Save a new head revision (edit, restore a revision, fill from source) of a translation. */
  "editDraft",
  /** Start a translation of an existing article in a locale. */
  "createTranslation",
  "submit",
  /** Send a translation in review back to draft. */
  "reject",
  "publish",
  "unpublish",
  "archive",
  "unarchive",
  /** Create an original article in a locale. */
  "createArticle",
  "postBreaking",
  /** Add a timestamped update to a live story published in a locale. */
  "postLiveUpdate",
  /** Edit sections, regions, tags and dossiers and their labels in a locale. */
  "editTaxonomy",
  /** Add, change and import the glossary of language pairs into a locale (the locale is the target). */
  "editGlossary",
  "manageUsers",
  /** Add images and videos to the media library (newsroom-wide: media serve every edition). */
  "uploadMedia",
  /** Write a media item's alt text, caption and credit in a locale, or its captions track. */
  "editMediaText",
] as const;
export type DeskAction = (typeof DESK_ACTIONS)[number];

/** Actions that concern one edition; the others (manageUsers) are newsroom-wide. */
const LOCALE_SCOPED: ReadonlySet<DeskAction> = new Set(
  DESK_ACTIONS.filter((action) => action !== "manageUsers" && action !== "uploadMedia"),
);

const ROLE_ACTIONS: Record<Role, ReadonlySet<DeskAction>> = {
  admin: new Set(DESK_ACTIONS),
  editor: new Set(DESK_ACTIONS.filter((action) => action !== "manageUsers")),
  // Translators word a picture's alt text and caption in their language, as they do the article's.
  translator: new Set<DeskAction>(["editDraft", "createTranslation", "submit", "editMediaText"]),
};

/** A translator's right: translations into `target` of originals written in `source`. */
export interface LanguagePair {
  source: Locale;
  target: Locale;
}

export interface DeskUser {
  role: Role;
  locales: readonly Locale[];
  /**
   * A translator's pairs. When present they decide the translator's rights; a
   * user record without them (older callers) falls back to `locales` with any source.
   */
  languagePairs?: readonly LanguagePair[] | undefined;
}

/** Every pair of two different editions, in LOCALES order. */
export const ALL_LANGUAGE_PAIRS: readonly LanguagePair[] = LOCALES.flatMap((source) =>
  LOCALES.filter((target) => target !== source).map((target) => ({ source, target })),
);

export function isLanguagePair(value: { source: string; target: string }): value is LanguagePair {
  return ALL_LANGUAGE_PAIRS.some((pair) => pair.source === value.source && pair.target === value.target);
}

/** "en>ar": how a pair is stored and logged. */
export function formatLanguagePair(pair: LanguagePair): string {
  return `${pair.source}>${pair.target}`;
}

export function parseLanguagePair(text: string): LanguagePair | null {
  const [source = "", target = "", ...rest] = text.split(">");
  const pair = { source, target };
  return rest.length === 0 && isLanguagePair(pair) ? pair : null;
}

function hasPair(user: DeskUser, target: Locale, source: Locale | undefined): boolean {
  const pairs = user.languagePairs ?? [];
  return pairs.some((pair) => pair.target === target && (source === undefined || pair.source === source));
}

/**
 * Whether `user` may open a translation in the desk. Admins and editors read
 * every edition's drafts (they review across the newsroom); a translator reads
 * the translations of their pairs and the originals they translate from.
 */
export function canReadTranslation(
  user: DeskUser,
  translation: { locale: Locale; originalLocale: Locale },
): boolean {
  if (user.role !== "translator" || !user.languagePairs) return true;
  if (translation.locale === translation.originalLocale) {
    return user.languagePairs.some((pair) => pair.source === translation.originalLocale);
  }
  return hasPair(user, translation.locale, translation.originalLocale);
}

/**
 * Whether `user` may do `action` in `locale`. Admins may act in every locale;
 * editors and translators only in their own, so a locale-scoped action without
 * a locale is refused for them. manageUsers ignores the locale. A translator
 * with language pairs acts only where a pair leads from `sourceLocale` (the
 * article's original language) to `locale`; without `sourceLocale`, a pair
 * into `locale` from any source is enough (e.g. to list their queue).
 */
export function can(user: DeskUser, action: DeskAction, locale?: Locale, sourceLocale?: Locale): boolean {
  if (!ROLE_ACTIONS[user.role].has(action)) return false;
  if (user.role === "admin" || !LOCALE_SCOPED.has(action)) return true;
  if (locale === undefined) return false;
  if (user.role === "translator" && user.languagePairs) {
    return sourceLocale !== locale && hasPair(user, locale, sourceLocale);
  }
  return user.locales.includes(locale);
}

/**
 * What the desk offers on one translation: the workflow actions its status
 * allows that the user may take, plus editDraft when a revision may be saved.
 * The API checks the same two rules on every mutation.
 */
export function availableActions(
  user: DeskUser,
  locale: Locale,
  status: TranslationStatus,
  originalLocale?: Locale,
): Array<WorkflowAction | "editDraft"> {
  const actions: Array<WorkflowAction | "editDraft"> = [];
  if (canSaveRevision(status) && can(user, "editDraft", locale, originalLocale)) actions.push("editDraft");
  for (const action of actionsFrom(status)) {
    if (can(user, action, locale, originalLocale)) actions.push(action);
  }
  return actions;
}
