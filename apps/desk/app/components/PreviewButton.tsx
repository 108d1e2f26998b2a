import { useTranslation } from "react-i18next";

/**
 * Opens the page as readers will see it, in a new tab: a plain form post (no JavaScript
 * needed) to the desk's preview route, which asks the API for a token and redirects the new
 * tab to the reader editions' preview page. Without `revisionId` it previews the last save.
 */
export function PreviewButton({ action, revisionId }: { action: string; revisionId?: number }) {
  const { t } = useTranslation("desk");
  return (
    <form method="post" action={action} target="_blank" rel="noopener" className="desk-preview">
      {revisionId === undefined ? null : <input type="hidden" name="revisionId" value={revisionId} />}
      <button
        type="submit"
        className="desk-button desk-button-quiet"
        title={t("preview.hint")}
        data-testid="preview"
        data-preview={revisionId ?? "head"}
      >
        {revisionId === undefined ? t("preview.open") : t("preview.openRevision")}
      </button>
    </form>
  );
}
