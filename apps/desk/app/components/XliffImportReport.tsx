import { useTranslation } from "react-i18next";
import type { XliffImportOutcome } from "../api/xliff-api.server.ts";

/** What an XLIFF import did, unit by unit; an import from an older original is said plainly. */
export function XliffImportReport({
  outcome,
}: {
  outcome: Extract<XliffImportOutcome, { kind: "imported" }>;
}) {
  const { t } = useTranslation("desk");
  return (
    <section role="status" data-testid="xliff-report" data-outdated={outcome.outdated ? "true" : "false"}>
      <p>{outcome.revisionId === null ? t("xliff.unchanged") : t("xliff.saved")}</p>
      {outcome.outdated ? (
        <p className="desk-notice desk-status-outdated" data-testid="xliff-outdated">
          {t("xliff.outdated")}
        </p>
      ) : null}
      <h3>{t("xliff.units")}</h3>
      <ul className="desk-xliff-units">
        {outcome.units.map((unit) => (
          <li key={unit.unitId} data-unit={unit.unitId} data-outcome={unit.outcome}>
            <code>{unit.unitId}</code>: {t(`xliff.outcomes.${unit.outcome}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
