import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { formatNewsroomDateTime } from "@sahifa/i18n/newsroom-time";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { ArticleNoteView, NoteKind } from "../api/publishing-api.server.ts";
import { type PostRefusal, refusalMessage } from "../editor/post-refusal.ts";

/** The API's longest note (packages/db article-notes). */
export const MAX_NOTE_LENGTH = 2_000;

export interface NoteValues {
  kind: NoteKind;
  text: string;
}

export function noteMessage(
  t: TFunction<"newsroom">,
  tDesk: TFunction<"desk">,
  problem: PostRefusal,
): string {
  return refusalMessage(tDesk, problem, {
    forbidden: t("notes.forbidden"),
    notFound: t("publishing.notFound"),
    invalid: (field) =>
      field === "published" ? t("notes.onlyPublished") : t("notes.textLength", { max: MAX_NOTE_LENGTH }),
  });
}

/** The edition's corrections and editor's notes, oldest first, each with its date in the newsroom's zone. */
export function ArticleNoteList({
  ui,
  timeZone,
  notes,
  edition,
}: {
  ui: Locale;
  timeZone: string;
  notes: readonly ArticleNoteView[];
  edition: Locale;
}) {
  const { t } = useTranslation("newsroom");
  if (notes.length === 0) return <p className="desk-empty">{t("notes.empty")}</p>;
  const config = LOCALE_CONFIG[edition];
  return (
    <ol className="desk-notes" data-testid="article-notes">
      {notes.map((note) => (
        <li key={note.id} data-kind={note.kind}>
          <strong>{t(`notes.kinds.${note.kind}`)}</strong>{" "}
          <time dateTime={note.createdAt}>{formatNewsroomDateTime(note.createdAt, ui, timeZone)}</time>
          <p lang={config.hreflang} dir={config.dir}>
            {note.text}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** Adds a correction or an editor's note in the edition's language; a refused note comes back as typed. */
export function ArticleNoteForm({
  edition,
  problem,
  values,
}: {
  edition: Locale;
  problem: PostRefusal | null;
  values: NoteValues | null;
}) {
  const { t } = useTranslation("newsroom");
  const { t: tDesk } = useTranslation("desk");
  const config = LOCALE_CONFIG[edition];
  return (
    <form method="post" className="desk-note-form" data-testid="note-form">
      <input type="hidden" name="intent" value="note" />
      {problem ? (
        <p className="desk-error" role="alert" id="note-error">
          {noteMessage(t, tDesk, problem)}
        </p>
      ) : null}
      <label>
        {t("notes.kind")}
        <select name="kind" defaultValue={values?.kind ?? "correction"}>
          <option value="correction">{t("notes.kinds.correction")}</option>
          <option value="editors_note">{t("notes.kinds.editors_note")}</option>
        </select>
      </label>
      <label>
        {t("notes.text")}
        <textarea
          name="text"
          required
          rows={3}
          maxLength={MAX_NOTE_LENGTH}
          lang={config.hreflang}
          dir={config.dir}
          defaultValue={values?.text ?? ""}
          aria-invalid={problem?.kind === "invalid" ? true : undefined}
          aria-describedby={problem ? "note-error note-hint" : "note-hint"}
        />
        <small id="note-hint">{t("notes.textHint")}</small>
      </label>
      <button type="submit" className="desk-button">
        {t("notes.add")}
      </button>
    </form>
  );
}
