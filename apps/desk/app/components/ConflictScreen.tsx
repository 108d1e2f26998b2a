import type { TranslationContent } from "@sahifa/domain/article";
import { diffBlocks } from "@sahifa/domain/block-diff";
import { bodyText } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { formatTime } from "@sahifa/i18n/format";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ConflictField,
  type ConflictSide,
  chosenSide,
  conflictFormData,
  conflictParts,
  mergeConflict,
} from "../editor/conflict-choices.ts";
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

/** "Mine" or "theirs" for one part that differs; a radio pair, so it works as a plain form too. */
function SideChoice({
  ui,
  name,
  side,
  chosen,
  onChoose,
}: {
  ui: Locale;
  name: string;
  side: ConflictSide;
  chosen: ConflictSide;
  onChoose: (side: ConflictSide) => void;
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[ui];
  return (
    <label className="desk-choice" lang={config.hreflang} dir={config.dir}>
      <input
        type="radio"
        name={`choice:${name}`}
        value={side}
        checked={chosen === side}
        onChange={() => onChoose(side)}
        data-testid={`choose-${side}-${name}`}
      />
      {side === "mine" ? t("conflict.takeMine") : t("conflict.takeTheirs")}
    </label>
  );
}

/**
 * The save was refused because someone else saved first (or this browser holds edits
 * made on an older revision). Both versions are on screen, and every way out keeps
 * both: "save mine on top" appends the translator's text as a new revision after
 * theirs (theirs stays in the history), "use theirs" keeps theirs, each differing field
 * or block can be taken from either side and the result saved on top of theirs, and
 * the translator's text stays copyable until they leave.
 */
export function ConflictScreen({
  ui,
  locale,
  yours,
  head,
  editorUrl,
  onTakeTheirs,
  onSaveChoices,
}: {
  ui: Locale;
  locale: Locale;
  yours: TranslationContent;
  head: RevisionView;
  editorUrl: string;
  onTakeTheirs?: () => void;
  /** With JavaScript: save the chosen mix through the editor's own autosave. */
  onSaveChoices?: (content: TranslationContent) => void;
}) {
  const { t } = useTranslation("desk");
  const config = LOCALE_CONFIG[locale];
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictSide>>(() => new Map());
  const keepMine = draftFormData("save", { basedOnRevisionId: head.revisionId, content: yours });
  const text = contentAsText(yours);
  const differing = new Set(conflictParts(head.content, yours).map((part) => part.key));
  const choose = (key: string) => (side: ConflictSide) => setChoices(new Map(choices).set(key, side));
  const sideChoice = (key: string, side: ConflictSide) =>
    differing.has(key) ? (
      <SideChoice ui={ui} name={key} side={side} chosen={chosenSide(choices, key)} onChoose={choose(key)} />
    ) : null;
  const seoFields = (["seoTitle", "seoDescription"] as const).filter((field) => differing.has(field));
  const fields: ConflictField[] = [...FIELDS, ...seoFields];
  return (
    <section className="desk-conflict" role="alert" aria-labelledby="conflict-title" data-testid="conflict">
      <h2 id="conflict-title">{t("conflict.title")}</h2>
      <p>
        {t("conflict.text", {
          author: head.authorName ?? "—",
          time: formatTime(head.createdAt, ui),
        })}
      </p>
      <form
        method="post"
        data-testid="conflict-choices"
        onSubmit={(event) => {
          if (!onSaveChoices) return;
          event.preventDefault();
          onSaveChoices(mergeConflict(head.content, yours, choices));
        }}
      >
        {conflictFormData(head, yours).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p className="desk-hint">{t("conflict.choose")}</p>
        <table className="desk-conflict-fields">
          <VersionsHead beforeLabel={t("conflict.theirs")} afterLabel={t("conflict.yours")} />
          <tbody>
            {fields.map((field) => (
              <tr key={field} data-differs={differing.has(field) ? "true" : undefined}>
                <th scope="row">{t(`editor.fields.${field}`)}</th>
                <td lang={config.hreflang} dir={config.dir}>
                  <div data-testid={`theirs-${field}`}>{head.content[field]}</div>
                  {sideChoice(field, "theirs")}
                </td>
                <td lang={config.hreflang} dir={config.dir}>
                  <div data-testid={`yours-${field}`}>{yours[field]}</div>
                  {sideChoice(field, "mine")}
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
          choice={(index, side) => sideChoice(`block-${index}`, side === "before" ? "theirs" : "mine")}
        />
        <button type="submit" className="desk-button" data-testid="save-choices">
          {t("conflict.saveChoices")}
        </button>
      </form>
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
