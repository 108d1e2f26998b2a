import type { WorkflowAction } from "@sahifa/domain/workflow";
import { useTranslation } from "react-i18next";

const CONFIRM: Partial<Record<WorkflowAction, "actions.confirmPublish" | "actions.confirmUnpublish">> = {
  publish: "actions.confirmPublish",
  unpublish: "actions.confirmUnpublish",
};

/**
 * One form per status change the user may make (from availableActions): a button a
 * translator does not get is not rendered at all, and the API checks the same rule.
 * While the editor holds unsaved text the buttons wait, so "submit" never submits an
 * older revision than the one on screen; each form names that revision, so a status change
 * is refused (nothing changes) when someone saved another one since.
 */
export function WorkflowActions({
  actions,
  headRevisionId,
  blockedBySave,
  blockedReason,
}: {
  actions: ReadonlyArray<WorkflowAction | "editDraft">;
  /** The head revision on screen: the one a submit or publish acts on. */
  headRevisionId: number | null;
  blockedBySave: boolean;
  /** Why the buttons wait, when it is more than unsaved text (a refused save, invalid text). */
  blockedReason?: string | null;
}) {
  const { t } = useTranslation("desk");
  const workflow = actions.filter((action): action is WorkflowAction => action !== "editDraft");
  if (workflow.length === 0) return null;
  return (
    <div className="desk-workflow" data-testid="workflow-actions">
      {workflow.map((action) => {
        const confirmKey = CONFIRM[action];
        return (
          <form
            key={action}
            method="post"
            onSubmit={(event) => {
              if (confirmKey && !window.confirm(t(confirmKey))) event.preventDefault();
            }}
          >
            <input type="hidden" name="intent" value={action} />
            {headRevisionId === null ? null : (
              <input type="hidden" name="headRevisionId" value={headRevisionId} />
            )}
            <button
              type="submit"
              className={`desk-button desk-action-${action}`}
              disabled={blockedBySave}
              data-action={action}
            >
              {t(`actions.${action}`)}
            </button>
          </form>
        );
      })}
      {blockedBySave ? (
        <p className="desk-hint" role="status" data-testid="workflow-blocked">
          {blockedReason ?? t("save.saveFirst")}
        </p>
      ) : null}
    </div>
  );
}
