import type { Locale } from "@sahifa/domain/locales";
import { formatDateTime } from "@sahifa/i18n/format";
import { useTranslation } from "react-i18next";
import type { FactChangeView } from "../editor/article-facts.ts";

const FIELDS = [
  "kind",
  "sectionPath",
  "regionSlug",
  "dossierSlug",
  "tagSlugs",
  "authorSlugs",
  "sourceName",
  "leadMediaId",
] as const;
type FactField = (typeof FIELDS)[number];

function isFactField(field: string): field is FactField {
  return (FIELDS as readonly string[]).includes(field);
}

/** Every change of an article's facts, newest first: who, when, and each field before and after. */
export function FactHistory({
  ui,
  history,
  labelOf = (_field, value) => value,
}: {
  ui: Locale;
  history: readonly FactChangeView[];
  /** A path or slug in the desk's words (a section's label for `news/politics`). */
  labelOf?: (field: string, value: string) => string;
}) {
  const { t } = useTranslation("desk");
  const shown = (field: string, values: readonly string[]) =>
    values.length ? values.map((value) => labelOf(field, value)).join(", ") : t("compose.none");
  return (
    <section className="desk-fact-history" aria-labelledby="fact-history-title">
      <h2 id="fact-history-title">{t("compose.history")}</h2>
      {history.length === 0 ? <p className="desk-hint">{t("compose.historyEmpty")}</p> : null}
      <ol className="desk-history-list" data-testid="fact-history">
        {history.map((change) => (
          <li key={change.id} data-testid="fact-change">
            <p className="desk-history-who">
              {t("compose.changedBy", {
                name: change.changedBy ?? t("compose.someone"),
                time: formatDateTime(change.changedAt, ui),
              })}
            </p>
            <ul>
              {change.changes.map((c) => (
                <li key={c.field} data-field={c.field}>
                  {t("compose.changeLine", {
                    field: isFactField(c.field) ? t(`compose.fieldNames.${c.field}`) : c.field,
                    before: shown(c.field, c.before),
                    after: shown(c.field, c.after),
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
