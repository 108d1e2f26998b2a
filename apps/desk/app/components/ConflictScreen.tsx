import type { TranslationContent } from "@sahifa/domain/article";
import { diffBlocks } from "@sahifa/domain/block-diff";
import { bodyText } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { formatTime } from "@sahifa/i18n/format";
import { useTranslation } from "react-i18next";
import { draftFormData } from "../editor/draft-form.ts";
import type { RevisionView } from "../editor/editor-model.ts";
import { BlockDiffView, VersionsHead } from "./BlockDiffView.tsx";

/** Everything the translator wrote, as plain text they can paste anywhere. */
export function contentAsText(content: TranslationContent): string {
  return [content.title, content.summary, bodyText(content.body)]
    .filter((part) => part.trim() !== "")
    .join("\n\n");
}

const FIELDS = ["title", "summary", "slug"] as const;

/**
 * The save was refused because someone else saved first (or this browser holds edits
 * made on an older revision). Both versions are on screen, and every way out keeps
 * both: "save mine on top" appends the translator's text as a new revision after
 * theirs (theirs stays in the history), "use theirs" keeps theirs, and the translator's
 * text stays copyable until they leave.
 */
export function ConflictScreen({
  ui,
  locale,
  yours,
  head,
  editorUrl,
  onTakeTheirs,
}: {
  ui: Locale;
  locale: Locale;
  yours: TranslationContent;
  head: RevisionView;
  editorUrl: string;
  onTakeTheirs?: () => void;
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[locale];
  const keepMine = draftFormData("save", { basedOnRevisionId: head.revisionId, content: yours });
  const text = contentAsText(yours);
  return (
    <section className="desk-conflict" role="alert" aria-labelledby="conflict-title" data-testid="conflict">
      <h2 id="conflict-title">{t("conflict.title")}</h2>
      <p>
        {t("conflict.text", {
          author: head.authorName ?? "—",
          time: formatTime(head.createdAt, ui),
        })}
      </p>
      <table className="desk-conflict-fields">
        <VersionsHead beforeLabel={t("conflict.theirs")} afterLabel={t("conflict.yours")} />
        <tbody>
          {FIELDS.map((field) => (
            <tr key={field} data-differs={yours[field] !== head.content[field] ? "true" : undefined}>
              <th scope="row">{t(`editor.fields.${field}`)}</th>
              <td lang={config.hreflang} dir={config.dir} data-testid={`theirs-${field}`}>
                {head.content[field]}
              </td>
              <td lang={config.hreflang} dir={config.dir} data-testid={`yours-${field}`}>
                {yours[field]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("editor.fields.body")}</h3>
      <BlockDiffView
        entries={diffBlocks(head.content.body, yours.body)}
        locale={locale}
        beforeLabel={t("conflict.theirs")}
        afterLabel={t("conflict.yours")}
      />
      <div className="desk-conflict-actions">
        <form method="post">
          {[...keepMine.entries()].map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={String(value)} />
          ))}
          <button type="submit" className="desk-button" data-testid="keep-mine">
            {t("conflict.keepMine")}
          </button>
        </form>
        <a
          className="desk-button desk-button-quiet"
          href={editorUrl}
          data-testid="keep-theirs"
          onClick={(event) => {
            if (!onTakeTheirs) return;
            event.preventDefault();
            onTakeTheirs();
          }}
        >
          {t("conflict.keepTheirs")}
        </a>
        <details className="desk-copy-mine">
          <summary>{t("conflict.copyMine")}</summary>
          <textarea
            readOnly
            rows={8}
            value={text}
            lang={config.hreflang}
            dir={config.dir}
            data-testid="mine-text"
          />
          <button
            type="button"
            className="desk-button desk-button-quiet"
            onClick={() => void navigator.clipboard?.writeText(text)}
          >
            {t("conflict.copyMine")}
          </button>
        </details>
      </div>
    </section>
  );
}
