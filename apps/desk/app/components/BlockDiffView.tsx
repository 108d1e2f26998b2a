import type { BlockDiffEntry } from "@sahifa/domain/block-diff";
import { blockText } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";

/** The head row of a two-version table: an empty corner, then the two versions' names. */
export function VersionsHead({ beforeLabel, afterLabel }: { beforeLabel: string; afterLabel: string }) {
  return (
    <thead>
      <tr>
        <td />
        <th scope="col">{beforeLabel}</th>
        <th scope="col">{afterLabel}</th>
      </tr>
    </thead>
  );
}

/**
 * A block-level diff as two columns (before, after), one row per entry, in reading order.
 * Used for "compare revisions", "what changed in the source" and the conflict screen.
 */
export function BlockDiffView({
  entries,
  locale,
  beforeLabel,
  afterLabel,
}: {
  entries: readonly BlockDiffEntry[];
  locale: Locale;
  beforeLabel: string;
  afterLabel: string;
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[locale];
  if (!entries.some((entry) => entry.kind !== "unchanged")) {
    return <p className="desk-empty">{t("revisions.noDifferences")}</p>;
  }
  return (
    <table className="desk-diff" data-testid="block-diff">
      <VersionsHead beforeLabel={beforeLabel} afterLabel={afterLabel} />
      <tbody>
        {entries.map((entry, index) => {
          const before = "before" in entry ? blockText(entry.before) : "";
          const after = "after" in entry ? blockText(entry.after) : "";
          return (
            <tr key={index} className={`desk-diff-${entry.kind}`} data-kind={entry.kind}>
              <th scope="row">{entry.kind === "unchanged" ? "" : t(`revisions.${entry.kind}`)}</th>
              <td lang={config.hreflang} dir={config.dir}>
                {entry.kind === "added" ? "" : before}
              </td>
              <td lang={config.hreflang} dir={config.dir}>
                {entry.kind === "removed" ? "" : after}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
