import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { type NotFound, notFound } from "./desk-results.ts";
import { type DeskTranslation, findDeskTranslation } from "./desk-translations.ts";
import { findRevision, type TranslationKey } from "./revision-rows.ts";
import { compareRevisionRows, type RevisionComparison } from "./revisions.ts";

export interface SourceChanges {
  kind: "source_changes";
  translation: DeskTranslation;
  /**
   * From the source revision the translation was made from to the source's
   * published revision; null when the translation is not outdated (or is an original).
   */
  comparison: RevisionComparison | null;
}

/** What changed in the original since this translation was made from it (block-level diff). */
export async function sourceChanges(
  db: Kysely<Database>,
  key: TranslationKey,
): Promise<SourceChanges | NotFound> {
  const translation = await findDeskTranslation(db, key);
  if (!translation) return notFound(`Article ${key.articleId} has no ${key.locale} translation.`);
  const { sourceRevisionId, sourcePublishedRevisionId } = translation;
  if (!translation.outdated || sourceRevisionId === null || sourcePublishedRevisionId === null) {
    return { kind: "source_changes", translation, comparison: null };
  }
  const [before, after] = await Promise.all([
    findRevision(db, sourceRevisionId),
    findRevision(db, sourcePublishedRevisionId),
  ]);
  if (!before || !after) throw new Error(`Source revisions of ${key.articleId}/${key.locale} are missing`);
  return { kind: "source_changes", translation, comparison: compareRevisionRows(before, after) };
}
