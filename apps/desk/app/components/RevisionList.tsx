import type { Locale } from "@sahifa/domain/locales";
import { formatDateTime } from "@sahifa/i18n/format";
import { useTranslation } from "react-i18next";
import { PreviewButton } from "./PreviewButton.tsx";

export interface RevisionSummary {
  revisionId: number;
  authorName: string | null;
  createdAt: string;
  title: string;
}

/**
 * The history of one translation, newest first. Compare is a GET form (the two
 * revisions live in the URL); restore is a POST that appends the old text as a new head,
 * so restoring never deletes anything either.
 */
export function RevisionList({
  ui,
  revisions,
  headRevisionId,
  publishedRevisionId,
  compare,
  canRestore,
  previewUrl,
}: {
  ui: Locale;
  revisions: readonly RevisionSummary[];
  headRevisionId: number;
  publishedRevisionId: number | null;
  compare: { from: number; to: number } | null;
  canRestore: boolean;
  /** The preview route, when the user may read this translation's drafts. */
  previewUrl: string | null;
}) {
  const { t } = useTranslation("desk");
  const defaultFrom = compare?.from ?? revisions[1]?.revisionId;
  const defaultTo = compare?.to ?? revisions[0]?.revisionId;
  return (
    <section className="desk-revisions" aria-labelledby="revisions-title">
      <h2 id="revisions-title">
        {t("revisions.title")} <small>{t("revisions.count", { count: revisions.length })}</small>
      </h2>
      <form method="get" id="compare-form" />
      <table className="desk-revision-table" data-testid="revisions">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t("editor.fields.title")}</th>
            <th scope="col">{t("queue.columns.updated")}</th>
            <th scope="col">{t("revisions.compareWith")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("actions.restore")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.revisionId} data-revision={revision.revisionId}>
              <td>
                {revision.revisionId}
                {revision.revisionId === headRevisionId ? (
                  <span className="desk-status desk-status-draft"> {t("revisions.current")}</span>
                ) : null}
                {revision.revisionId === publishedRevisionId ? (
                  <span className="desk-status desk-status-published"> {t("revisions.published")}</span>
                ) : null}
              </td>
              <td dir="auto">{revision.title}</td>
              <td>
                {formatDateTime(revision.createdAt, ui)}{" "}
                {revision.authorName ? t("revisions.byAuthor", { author: revision.authorName }) : null}
              </td>
              <td className="desk-compare-picks">
                <input
                  type="radio"
                  name="from"
                  value={revision.revisionId}
                  form="compare-form"
                  defaultChecked={revision.revisionId === defaultFrom}
                  aria-label={`${t("revisions.compareWith")} ${revision.revisionId} (1)`}
                />
                <input
                  type="radio"
                  name="to"
                  value={revision.revisionId}
                  form="compare-form"
                  defaultChecked={revision.revisionId === defaultTo}
                  aria-label={`${t("revisions.compareWith")} ${revision.revisionId} (2)`}
                />
              </td>
              <td className="desk-revision-actions">
                {previewUrl ? <PreviewButton action={previewUrl} revisionId={revision.revisionId} /> : null}
                {canRestore && revision.revisionId !== headRevisionId ? (
                  <form method="post">
                    <input type="hidden" name="intent" value="restore" />
                    <input type="hidden" name="revisionId" value={revision.revisionId} />
                    <input type="hidden" name="basedOnRevisionId" value={headRevisionId} />
                    <button
                      type="submit"
                      className="desk-button desk-button-quiet"
                      data-restore={revision.revisionId}
                    >
                      {t("revisions.restoreThis")}
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revisions.length > 1 ? (
        <button type="submit" form="compare-form" className="desk-button desk-button-quiet">
          {t("actions.compare")}
        </button>
      ) : null}
    </section>
  );
}
