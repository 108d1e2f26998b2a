import type { Locale } from "./locales.ts";
import type { Role, WorkflowAction } from "./workflow.ts";
import { actionsFrom, canSaveRevision, type TranslationStatus } from "./workflow.ts";

/**
 * Who may do what (DESIGN "Roles"): admin everything; editor writes, reviews
 * and publishes in their locales; translator edits drafts and submits in their
 * locales. A user's `locales` are the editions they may write in. Anonymous
 * readers do nothing here: they only read published content.
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

export interface DeskUser {
  role: Role;
  locales: readonly Locale[];
}

/**
 * Whether `user` may do `action` in `locale`. Admins may act in every locale;
 * editors and translators only in their own, so a locale-scoped action without
 * a locale is refused for them. manageUsers ignores the locale.
 */
export function can(user: DeskUser, action: DeskAction, locale?: Locale): boolean {
  if (!ROLE_ACTIONS[user.role].has(action)) return false;
  if (user.role === "admin" || !LOCALE_SCOPED.has(action)) return true;
  return locale !== undefined && user.locales.includes(locale);
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
): Array<WorkflowAction | "editDraft"> {
  const actions: Array<WorkflowAction | "editDraft"> = [];
  if (canSaveRevision(status) && can(user, "editDraft", locale)) actions.push("editDraft");
  for (const action of actionsFrom(status)) {
    if (can(user, action, locale)) actions.push(action);
  }
  return actions;
}
