/** Workflow of one translation: draft → in_review → published (→ archived). */
export const TRANSLATION_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export const ROLES = ["admin", "editor", "translator"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Status changes of a translation, named as the desk and the API name them.
 * Saving a revision is not a status change: it moves the head revision only,
 * in every status but `archived`, and never changes what readers see.
 *
 * - submit: draft → in_review (the writer asks for review)
 * - reject: in_review → draft (the reviewer sends it back)
 * - publish: draft | in_review | published → published (an editor may publish
 *   directly; publishing a published translation publishes its newer head)
 * - unpublish: published → draft (readers stop seeing it; the text stays in the desk)
 * - archive: draft | in_review | published → archived (withdrawn for good; readers never see it)
 * - unarchive: archived → draft (back to work; must be published again to be read)
 */
export const WORKFLOW_ACTIONS = ["submit", "reject", "publish", "unpublish", "archive", "unarchive"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export const WORKFLOW_TRANSITIONS: Record<
  WorkflowAction,
  { from: readonly TranslationStatus[]; to: TranslationStatus }
> = {
  submit: { from: ["draft"], to: "in_review" },
  reject: { from: ["in_review"], to: "draft" },
  publish: { from: ["draft", "in_review", "published"], to: "published" },
  unpublish: { from: ["published"], to: "draft" },
  archive: { from: ["draft", "in_review", "published"], to: "archived" },
  unarchive: { from: ["archived"], to: "draft" },
};

/** The status after `action`, or null when the action does not apply to `status`. */
export function nextStatus(status: TranslationStatus, action: WorkflowAction): TranslationStatus | null {
  const transition = WORKFLOW_TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

/** Actions that apply to a translation in `status`, in WORKFLOW_ACTIONS order. */
export function actionsFrom(status: TranslationStatus): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => nextStatus(status, action) !== null);
}

/** Whether some action leads from `from` to `to`. */
export function canTransition(from: TranslationStatus, to: TranslationStatus): boolean {
  return WORKFLOW_ACTIONS.some((action) => nextStatus(from, action) === to);
}

/** A new head revision may be saved (edit, restore, fill from source) in every status but archived. */
export function canSaveRevision(status: TranslationStatus): boolean {
  return status !== "archived";
}

/** Readers see a translation only in this status (and then only its published revision). */
export function isReaderVisible(status: TranslationStatus): boolean {
  return status === "published";
}

/**
 * DESIGN "outdated": a translation records the source revision it was made
 * from; once the source's published revision has moved past it, the
 * translation is outdated. Revision ids come from one append-only sequence, so
 * a later revision has a larger id; a translation made from a source draft
 * newer than the published source is ahead, not outdated. An original
 * (sourceRevisionId null) and a translation of a never-published source are
 * never outdated.
 */
export function isOutdated(
  translation: { sourceRevisionId: number | null },
  sourcePublishedRevisionId: number | null,
): boolean {
  if (translation.sourceRevisionId === null || sourcePublishedRevisionId === null) return false;
  return sourcePublishedRevisionId > translation.sourceRevisionId;
}
