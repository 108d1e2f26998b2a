import { useTranslation } from "react-i18next";
import type { ArticleNoteView } from "../model/article.ts";

/** Corrections and editor's notes at the end of the article, each dated: a correction leaves a trace. */
export function ArticleNotes({ notes }: { notes: ArticleNoteView[] }) {
  const { t } = useTranslation("article");
  if (notes.length === 0) return null;
  return (
    <section className="article-notes" aria-label={t("notes.label")}>
      {notes.map((note) => (
        <p key={note.id} className={`article-note article-note-${note.kind}`} data-note-kind={note.kind}>
          <strong>{t(`notes.${note.kind}`)}</strong> (<time dateTime={note.createdAt}>{note.dateLabel}</time>
          ): {note.text}
        </p>
      ))}
    </section>
  );
}
