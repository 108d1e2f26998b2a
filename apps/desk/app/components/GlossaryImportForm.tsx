import { useState } from "react";
import { useTranslation } from "react-i18next";

/** The desk refuses bodies over 1 MB; a file near that is refused here first, with its own words. */
export const MAX_GLOSSARY_UPLOAD_KB = 900;

/** What an import answered, for the report under the form. */
export type GlossaryImportReport =
  | {
      kind: "imported";
      added: number;
      updated: number;
      rejected: ReadonlyArray<{ row: number; source: string; message: string }>;
    }
  | { kind: "fileRefused"; message: string };

/**
 * Imports a CSV or TBX file into the pair's glossary (a multipart form post). With
 * JavaScript, a file too large is refused before it is sent.
 */
export function GlossaryImportForm({ report }: { report: GlossaryImportReport | null }) {
  const { t } = useTranslation("desk");
  const [tooLarge, setTooLarge] = useState(false);
  return (
    <section className="desk-glossary-import" aria-labelledby="glossary-import-title">
      <h2 id="glossary-import-title">{t("glossary.import.title")}</h2>
      <form method="post" encType="multipart/form-data" data-testid="glossary-import">
        <input type="hidden" name="intent" value="import" />
        <label>
          {t("glossary.import.file")}
          <input
            type="file"
            name="file"
            accept=".csv,.tbx,.xml,text/csv,application/x-tbx+xml,application/xml"
            required
            aria-invalid={tooLarge || report?.kind === "fileRefused" ? true : undefined}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              setTooLarge(file !== undefined && file.size > MAX_GLOSSARY_UPLOAD_KB * 1024);
            }}
          />
          {tooLarge ? (
            <span className="desk-field-error" role="alert">
              {t("glossary.import.tooLarge", { max: MAX_GLOSSARY_UPLOAD_KB })}
            </span>
          ) : null}
          {report?.kind === "fileRefused" ? (
            <span className="desk-field-error" role="alert" data-testid="glossary-import-refused">
              {report.message}
            </span>
          ) : null}
        </label>
        <label>
          {t("glossary.import.format")}
          <select name="format" defaultValue="auto">
            <option value="auto">CSV / TBX</option>
            <option value="CSV">CSV</option>
            <option value="TBX">TBX</option>
          </select>
        </label>
        <p className="desk-hint">{t("glossary.import.hint")}</p>
        <button type="submit" className="desk-button" disabled={tooLarge}>
          {t("glossary.import.submit")}
        </button>
      </form>
      {report?.kind === "imported" ? (
        <div role="status" data-testid="glossary-import-report">
          <p>{t("glossary.import.done", { added: report.added, updated: report.updated })}</p>
          {report.rejected.length > 0 ? (
            <>
              <p>{t("glossary.import.rejected", { count: report.rejected.length })}</p>
              <ul>
                {report.rejected.map((row) => (
                  <li key={row.row}>
                    {t("glossary.import.row", { row: row.row })}
                    {row.source ? (
                      <>
                        {" "}
                        (<bdi>{row.source}</bdi>)
                      </>
                    ) : null}
                    : {row.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
