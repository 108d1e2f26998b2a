import type { TranslationContent } from "@sahifa/domain/article";
import { type BlockDiffEntry, diffBlocks } from "@sahifa/domain/block-diff";
import { canSaveRevision } from "@sahifa/domain/workflow";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import {
  type Conflict,
  type Invalid,
  invalid,
  type NotAllowed,
  type NotFound,
  notFound,
} from "./desk-results.ts";
import { type DeskTranslation, findDeskTranslation } from "./desk-translations.ts";
import {
  type DeskRevision,
  findRevision,
  getRevision,
  selectRevisions,
  type TranslationKey,
} from "./revision-rows.ts";
import { appendRevision, checkContent, type TranslationContentInput } from "./translation-content.ts";

export interface Saved {
  kind: "saved";
  revision: DeskRevision;
  translation: DeskTranslation;
}

export interface SaveInput extends TranslationKey {
  /** The head the writer started from; the save is refused if the head has moved since. */
  basedOnRevisionId: number;
  content: TranslationContentInput;
  /**
   * The original's revision this text now follows (after catching up with
   * source changes); default: the same as the revision it was based on.
   */
  sourceRevisionId?: number | null | undefined;
  note?: string | null | undefined;
}

const MAX_NOTE = 500;

/**
 * Saves a new head revision of a translation. In one transaction: lock the
 * translation row, compare its head with the revision the save was based on,
 * and either append a revision and move the head, or answer a Conflict that
 * carries the current head and write nothing. Readers see nothing of it until
 * the translation is published again.
 */
export async function saveTranslation(
  db: Kysely<Database>,
  input: SaveInput,
  authorUserId: number | null,
): Promise<Saved | Conflict | Invalid | NotFound | NotAllowed> {
  const content = checkContent(input.content, input.locale);
  if (!("ok" in content)) return content;
  if (input.note && input.note.length > MAX_NOTE)
    return invalid("note", `Keep the note under ${MAX_NOTE} characters.`);
  return appendHead(db, input, content.value, authorUserId, input.note ?? null, input.sourceRevisionId);
}

export interface RestoreInput extends TranslationKey {
  revisionId: number;
  basedOnRevisionId: number;
}

/** Restores an old revision by appending a copy of it as the new head (the log keeps everything). */
export async function restoreRevision(
  db: Kysely<Database>,
  input: RestoreInput,
  authorUserId: number | null,
): Promise<Saved | Conflict | Invalid | NotFound | NotAllowed> {
  const old = await findRevision(db, input.revisionId);
  if (!old || old.articleId !== input.articleId || old.locale !== input.locale) {
    return notFound(
      `Revision ${input.revisionId} is not a revision of article ${input.articleId} in ${input.locale}.`,
    );
  }
  const content: TranslationContent = {
    title: old.title,
    slug: old.slug,
    summary: old.summary,
    body: old.body,
    seoTitle: old.seoTitle,
    seoDescription: old.seoDescription,
  };
  return appendHead(db, input, content, authorUserId, `Restored revision ${old.id}`, old.sourceRevisionId);
}

async function appendHead(
  db: Kysely<Database>,
  input: TranslationKey & { basedOnRevisionId: number },
  content: TranslationContent,
  authorUserId: number | null,
  note: string | null,
  sourceRevisionId: number | null | undefined,
): Promise<Saved | Conflict | Invalid | NotFound | NotAllowed> {
  return db.transaction().execute(async (trx) => {
    // The row lock serialises saves of one translation: a second save waits here, then sees the moved head.
    // No join in this statement: after the wait, Postgres re-checks joined rows against the old snapshot,
    // which cannot see the revision the first save appended, and the row would seem to vanish.
    const locked = await trx
      .selectFrom("translations")
      .select(["status", "head_revision_id"])
      .where("article_id", "=", input.articleId)
      .where("locale", "=", input.locale)
      .forUpdate()
      .executeTakeFirst();
    if (!locked)
      return notFound(`Article ${input.articleId} has no ${input.locale} translation; add it first.`);
    if (locked.head_revision_id !== input.basedOnRevisionId) {
      return { kind: "conflict", head: await getRevision(trx, locked.head_revision_id) } as const;
    }
    if (!canSaveRevision(locked.status)) {
      return {
        kind: "not_allowed",
        message: `The ${input.locale} translation is ${locked.status}; unarchive it before editing.`,
      } as const;
    }
    const translation = await trx
      .selectFrom("revisions as h")
      .innerJoin("articles as a", "a.id", "h.article_id")
      .select(["a.original_locale", "h.source_revision_id"])
      .where("h.id", "=", locked.head_revision_id)
      .executeTakeFirstOrThrow();
    const isOriginal = translation.original_locale === input.locale;
    let source: number | null = isOriginal ? null : translation.source_revision_id;
    if (!isOriginal && sourceRevisionId != null && sourceRevisionId !== source) {
      const candidate = await trx
        .selectFrom("revisions")
        .select("id")
        .where("id", "=", sourceRevisionId)
        .where("article_id", "=", input.articleId)
        .where("locale", "=", translation.original_locale)
        .executeTakeFirst();
      if (!candidate) {
        return invalid(
          "sourceRevisionId",
          `Revision ${sourceRevisionId} is not a revision of this article's ${translation.original_locale} original.`,
        );
      }
      source = candidate.id;
    }
    const revisionId = await appendRevision(trx, content, {
      articleId: input.articleId,
      locale: input.locale,
      basedOnRevisionId: locked.head_revision_id,
      sourceRevisionId: source,
      authorUserId,
      note,
    });
    await trx
      .updateTable("translations")
      .set({ head_revision_id: revisionId, updated_at: new Date() })
      .where("article_id", "=", input.articleId)
      .where("locale", "=", input.locale)
      .execute();
    const saved = await findDeskTranslation(trx, input);
    if (!saved) throw new Error("A locked translation vanished inside its transaction");
    return { kind: "saved", revision: await getRevision(trx, revisionId), translation: saved } as const;
  });
}

export interface RevisionPage {
  revisions: DeskRevision[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}

/** A translation's revision history, newest first, with author and time. */
export async function listRevisions(
  db: Kysely<Database>,
  key: TranslationKey,
  options: { first?: number; before?: number | null } = {},
): Promise<RevisionPage> {
  const first = Math.min(Math.max(options.first ?? 50, 1), 100);
  let query = selectRevisions(db)
    .where("r.article_id", "=", key.articleId)
    .where("r.locale", "=", key.locale)
    .orderBy("r.id", "desc")
    .limit(first + 1);
  if (options.before != null) query = query.where("r.id", "<", options.before);
  const rows = await query.execute();
  const revisions = rows.slice(0, first);
  return { revisions, nextBefore: rows.length > first ? (revisions.at(-1)?.id ?? null) : null };
}

export interface FieldChange {
  field: "title" | "slug" | "summary" | "seoTitle" | "seoDescription";
  before: string | null;
  after: string | null;
}

export interface RevisionComparison {
  kind: "comparison";
  before: DeskRevision;
  after: DeskRevision;
  fields: FieldChange[];
  blocks: BlockDiffEntry[];
}

const COMPARED_FIELDS: FieldChange["field"][] = ["title", "slug", "summary", "seoTitle", "seoDescription"];

/** Compares two revisions of one article (same or different editions): changed fields and a block diff. */
export function compareRevisionRows(before: DeskRevision, after: DeskRevision): RevisionComparison {
  const fields = COMPARED_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
  return { kind: "comparison", before, after, fields, blocks: diffBlocks(before.body, after.body) };
}

export async function compareRevisions(
  db: Kysely<Database>,
  beforeId: number,
  afterId: number,
): Promise<RevisionComparison | NotFound> {
  const [before, after] = await Promise.all([findRevision(db, beforeId), findRevision(db, afterId)]);
  if (!before) return notFound(`No revision ${beforeId}.`);
  if (!after) return notFound(`No revision ${afterId}.`);
  if (before.articleId !== after.articleId) {
    return notFound(
      `Revisions ${beforeId} and ${afterId} belong to different articles; compare revisions of one article.`,
    );
  }
  return compareRevisionRows(before, after);
}
