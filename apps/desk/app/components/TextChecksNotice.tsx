import { useTranslation } from "react-i18next";
import type { EditorActionResult } from "../editor/editor-model.ts";

type TextChecks = Extract<EditorActionResult, { kind: "textChecks" }>;

/**
 * A submit or publish the text checks refused: each warning by block, and a form that
 * repeats the action with a note (a plain post, so it works without JavaScript).
 */
export function TextChecksNotice({ result, headRevisionId }: { result: TextChecks; headRevisionId: number }) {
  const { t } = useTranslation("desk");
  return (
    <section className="desk-notice desk-text-checks" role="alert" data-testid="text-checks">
      <h2>{t("textChecks.title")}</h2>
      <p>{result.message}</p>
      {result.warnings.length > 0 ? (
        <ul>
          {result.warnings.map((warning) => (
            <li key={`${warning.blockIndex}:${warning.message}`} data-block={warning.blockIndex}>
              {warning.message}
            </li>
          ))}
        </ul>
      ) : null}
      <form method="post">
        <input type="hidden" name="intent" value={result.action} />
        <input type="hidden" name="headRevisionId" value={headRevisionId} />
        <label>
          {t("textChecks.note")}
          <textarea
            name="overrideNote"
            rows={2}
            required
            maxLength={500}
            dir="auto"
            aria-invalid={result.noteProblem ? true : undefined}
            aria-describedby="override-note-hint"
            data-testid="override-note"
          />
        </label>
        <span id="override-note-hint" className="desk-hint">
          {t("textChecks.noteHint")}
        </span>
        {result.noteProblem ? <span className="desk-field-error">{result.noteProblem}</span> : null}
        <button
          type="submit"
          className={`desk-button desk-action-${result.action}`}
          data-testid="override-submit"
        >
          {result.action === "publish" ? t("textChecks.publishAnyway") : t("textChecks.submitAnyway")}
        </button>
      </form>
    </section>
  );
}
