import type { BlockDiffEntry } from "@sahifa/domain/block-diff";
import { blockText } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { diffBlockWords, type WordChange } from "@sahifa/domain/word-diff";
import type { ReactNode } from "react";
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
 * One side of a changed block with its changed words marked: deletions on the
 * before side, insertions on the after side, both in the text's own direction.
 */
function WordChanges({ changes, side }: { changes: readonly WordChange[]; side: "before" | "after" }) {
  const hidden = side === "before" ? "added" : "removed";
  return (
    <span className="desk-words">
      {changes.map((change, index) =>
        change.kind === hidden ? null : change.kind === "removed" ? (
          <del key={index}>{change.text}</del>
        ) : change.kind === "added" ? (
          <ins key={index}>{change.text}</ins>
        ) : (
          <span key={index}>{change.text}</span>
        ),
      )}
    </span>
  );
}

/**
 * A block-level diff as two columns (before, after), one row per entry, in reading order.
 * A changed prose block shows its changed words inline.
 * Used for "compare revisions", "what changed in the source" and the conflict screen.
 */
export function BlockDiffView({
  entries,
  locale,
  beforeLabel,
  afterLabel,
  choice,
}: {
  entries: readonly BlockDiffEntry[];
  locale: Locale;
  beforeLabel: string;
  afterLabel: string;
  /** The conflict screen's control under each side of an entry that differs. */
  choice?: (entryIndex: number, side: "before" | "after") => ReactNode;
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
          const words = entry.kind === "changed" ? diffBlockWords(entry.before, entry.after, locale) : null;
          const before = words ? (
            <WordChanges changes={words} side="before" />
          ) : "before" in entry ? (
            blockText(entry.before)
          ) : (
            ""
          );
          const after = words ? (
            <WordChanges changes={words} side="after" />
          ) : "after" in entry ? (
            blockText(entry.after)
          ) : (
            ""
          );
          return (
            <tr key={index} className={`desk-diff-${entry.kind}`} data-kind={entry.kind}>
              <th scope="row">{entry.kind === "unchanged" ? "" : t(`revisions.${entry.kind}`)}</th>
              <td lang={config.hreflang} dir={config.dir}>
                {entry.kind === "added" ? "" : before}
                {choice && entry.kind !== "unchanged" ? choice(index, "before") : null}
              </td>
              <td lang={config.hreflang} dir={config.dir}>
                {entry.kind === "removed" ? "" : after}
                {choice && entry.kind !== "unchanged" ? choice(index, "after") : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
