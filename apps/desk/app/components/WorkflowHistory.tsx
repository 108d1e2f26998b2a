import type { Locale } from "@sahifa/domain/locales";
import { formatDateTime } from "@sahifa/i18n/format";
import { useTranslation } from "react-i18next";

export interface WorkflowEventItem {
  id: string;
  action: string;
  revisionId: string;
  userName: string | null;
  note: string | null;
  createdAt: string;
  overridden: readonly string[];
}

/** Status changes of a translation, newest first, with the notes of overrides and what they let through. */
export function WorkflowHistory({ ui, events }: { ui: Locale; events: readonly WorkflowEventItem[] }) {
  const { t } = useTranslation("desk");
  return (
    <section aria-labelledby="workflow-history-title" data-testid="workflow-history">
      <h2 id="workflow-history-title">{t("workflowHistory.title")}</h2>
      {events.length === 0 ? <p className="desk-empty">{t("workflowHistory.empty")}</p> : null}
      <ol className="desk-history">
        {events.map((event) => (
          <li key={event.id} data-action={event.action}>
            <strong>{t(`actions.${event.action}` as "actions.submit")}</strong>{" "}
            <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, ui)}</time>
            {event.userName ? <> · {t("workflowHistory.by", { name: event.userName })}</> : null} ·{" "}
            {t("workflowHistory.revision", { id: event.revisionId })}
            {event.note ? (
              <p data-testid="override-note-shown">
                {t("workflowHistory.note")}: <bdi>{event.note}</bdi>
              </p>
            ) : null}
            {event.overridden.length > 0 ? (
              <details>
                <summary>
                  {t("workflowHistory.overridden")} ({event.overridden.length})
                </summary>
                <ul>
                  {event.overridden.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
