import type { TranslationContent } from "@sahifa/domain/article";
import { diffBlocks } from "@sahifa/domain/block-diff";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import { BlockDiffView, VersionsHead } from "./BlockDiffView.tsx";

const FIELDS = ["title", "summary", "slug"] as const;

/**
 * Two versions of one translation (or of a source) compared: changed fields first, then
 * the block diff. Used by "compare revisions" and "what changed in the source".
 */
export function RevisionCompare({
  locale,
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  locale: Locale;
  before: TranslationContent;
  after: TranslationContent;
  beforeLabel: string;
  afterLabel: string;
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[locale];
  const changed = FIELDS.filter((field) => before[field] !== after[field]);
  return (
    <div className="desk-compare" data-testid="compare">
      {changed.length > 0 ? (
        <table className="desk-conflict-fields">
          <VersionsHead beforeLabel={beforeLabel} afterLabel={afterLabel} />
          <tbody>
            {changed.map((field) => (
              <tr key={field} data-differs="true">
                <th scope="row">{t(`editor.fields.${field}`)}</th>
                <td lang={config.hreflang} dir={config.dir}>
                  {before[field]}
                </td>
                <td lang={config.hreflang} dir={config.dir}>
                  {after[field]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <BlockDiffView
        entries={diffBlocks(before.body, after.body)}
        locale={locale}
        beforeLabel={beforeLabel}
        afterLabel={afterLabel}
      />
    </div>
  );
}
