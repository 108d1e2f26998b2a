import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { type Invalid, invalid, type NotAllowed, type NotFound, notFound } from "./desk-results.ts";
import type { TranslationKey } from "./revision-rows.ts";

export const NOTE_KINDS = ["correction", "editors_note"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
const MAX_NOTE = 2_000;

export interface ArticleNote {
  id: number;
  articleId: number;
  locale: Locale;
  kind: NoteKind;
  text: string;
  revisionId: number;
  createdAt: Date;
}

/**
 * Adds a public correction or editor's note to a published translation, dated
 * and attached to the revision readers see now. Notes are never edited or
 * removed: a correction of a correction is another note.
 */
export async function addArticleNote(
  db: Kysely<Database>,
  key: TranslationKey,
  input: { kind: NoteKind; text: string },
  userId: number | null,
  now: Date,
): Promise<{ kind: "note_added"; note: ArticleNote } | Invalid | NotFound | NotAllowed> {
  const text = input.text.trim();
  if (text === "" || text.length > MAX_NOTE)
    return invalid("text", `Write the note in 1 to ${MAX_NOTE} characters.`);
  return db.transaction().execute(async (trx) => {
    const translation = await trx
      .selectFrom("translations")
      .select(["published_revision_id"])
      .where("article_id", "=", key.articleId)
      .where("locale", "=", key.locale)
      .forUpdate()
      .executeTakeFirst();
    if (!translation) return notFound(`Article ${key.articleId} has no ${key.locale} translation.`);
    if (translation.published_revision_id === null) {
      return {
        kind: "not_allowed",
        message: "Only a published translation takes a public correction; publish it first.",
      } as const;
    }
    const row = await trx
      .insertInto("article_notes")
      .values({
        article_id: key.articleId,
        locale: key.locale,
        kind: input.kind,
        text,
        revision_id: translation.published_revision_id,
        created_by: userId,
        created_at: now,
      })
      .returning(["id", "article_id", "locale", "kind", "text", "revision_id", "created_at"])
      .executeTakeFirstOrThrow();
    return { kind: "note_added", note: toNote(row) } as const;
  });
}

function toNote(row: {
  id: number;
  article_id: number;
  locale: Locale;
  kind: NoteKind;
  text: string;
  revision_id: number;
  created_at: Date;
}): ArticleNote {
  return {
    id: row.id,
    articleId: row.article_id,
    locale: row.locale,
    kind: row.kind,
    text: row.text,
    revisionId: row.revision_id,
    createdAt: row.created_at,
  };
}

/** The notes of these articles in one edition, oldest first (readers see them in the order they were made). */
export async function findArticleNotes(
  db: Kysely<Database>,
  locale: Locale,
  articleIds: readonly number[],
): Promise<ArticleNote[]> {
  if (articleIds.length === 0) return [];
  const rows = await db
    .selectFrom("article_notes")
    .select(["id", "article_id", "locale", "kind", "text", "revision_id", "created_at"])
    .where("locale", "=", locale)
    .where("article_id", "in", [...articleIds])
    .orderBy("id")
    .execute();
  return rows.map(toNote);
}
