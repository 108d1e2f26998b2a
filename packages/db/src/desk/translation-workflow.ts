import type { GlossaryIssue } from "@sahifa/domain/glossary";
import { findUntranslatedBlocks, type UntranslatedBlock } from "@sahifa/domain/untranslated";
import { nextStatus, WORKFLOW_TRANSITIONS, type WorkflowAction } from "@sahifa/domain/workflow";
import type { Kysely } from "kysely";
import type { Database, TranslationUpdate } from "../database.ts";
import { glossaryIssuesOfHead } from "../glossary/glossary-check.ts";
import { publishRevisions, withdrawPublication } from "../publication/published-columns.ts";
import { refreshSearchDocument } from "../search/search-document.ts";
import { memorySegments, recordSegments } from "../translation-memory/translation-memory.ts";
import {
  type Conflict,
  type Invalid,
  invalid,
  type NotAllowed,
  type NotFound,
  notFound,
  type Untranslated,
} from "./desk-results.ts";
import { type DeskTranslation, findDeskTranslation } from "./desk-translations.ts";
import { getRevision, type TranslationKey } from "./revision-rows.ts";

export interface Transitioned {
  kind: "transitioned";
  translation: DeskTranslation;
  /** Whether readers see something else now: a publication, or a published translation withdrawn. */
  readersChanged: boolean;
  /** The head revision the action concerned (what was submitted or published). */
  revisionId: number;
}

export interface TransitionOptions {
  now?: Date;
  /**
   * The head revision the client believes it is acting on; when the head has
   * moved since, the answer is a Conflict and nothing changes.
   */
  expectedHeadRevisionId?: number | null | undefined;
  /** Lets untranslated blocks and glossary warnings through a submit or publish; the note is kept in the history. */
  overrideNote?: string | null | undefined;
  userId?: number | null | undefined;
}

/** Actions that put a translation's text in front of a reviewer or readers, so its text is checked first. */
const CHECKED_ACTIONS: ReadonlySet<WorkflowAction> = new Set(["submit", "publish"]);
const MAX_OVERRIDE_NOTE = 500;

export type TransitionOutcome = Transitioned | NotFound | NotAllowed | Invalid | Conflict | Untranslated;

/**
 * Moves one translation through the workflow (submit, reject, publish,
 * unpublish, archive, unarchive) with the domain's transition rules. Only the
 * named locale's row changes: publishing one edition never touches another.
 * Publish copies the head revision into the published pointer and the
 * denormalised reader columns, and records the source revision it was
 * translated from; leaving `published` clears them, so no reader query can
 * reach the text even without a status filter. Callers check permissions first.
 */
export async function transitionTranslation(
  db: Kysely<Database>,
  key: TranslationKey,
  action: WorkflowAction,
  options: TransitionOptions = {},
): Promise<TransitionOutcome> {
  const note = options.overrideNote?.trim() ?? null;
  if (options.overrideNote != null && (note === "" || (note?.length ?? 0) > MAX_OVERRIDE_NOTE)) {
    return invalid(
      "overrideNote",
      `Say in 1 to ${MAX_OVERRIDE_NOTE} characters why the flagged text may go through.`,
    );
  }
  try {
    return await transition(db, key, action, { ...options, overrideNote: note });
  } catch (error) {
    // Two articles publishing one slug at the same moment: the unique index decides, the loser is told why.
    if ((error as { code?: string }).code === "23505") {
      return invalid(
        "slug",
        "Another article was just published with this slug in this edition; change the slug and publish again.",
      );
    }
    throw error;
  }
}

async function transition(
  db: Kysely<Database>,
  key: TranslationKey,
  action: WorkflowAction,
  options: TransitionOptions,
): Promise<TransitionOutcome> {
  return db.transaction().execute((trx) => transitionWithin(trx, key, action, options));
}

/**
 * The transition inside a transaction the caller holds (the scheduler claims its row and
 * publishes in one transaction, so a claimed publication is either done or not claimed).
 */
export async function transitionWithin(
  trx: Kysely<Database>,
  key: TranslationKey,
  action: WorkflowAction,
  options: TransitionOptions,
): Promise<TransitionOutcome> {
  const now = options.now ?? new Date();
  const row = await trx
    .selectFrom("translations")
    .select(["status", "head_revision_id", "first_published_at"])
    .where("article_id", "=", key.articleId)
    .where("locale", "=", key.locale)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return notFound(`Article ${key.articleId} has no ${key.locale} translation.`);
  const to = nextStatus(row.status, action);
  if (to === null) {
    const from = WORKFLOW_TRANSITIONS[action].from.join(" or ");
    return {
      kind: "not_allowed",
      message: `Cannot ${action} a translation that is ${row.status}; ${action} applies to ${from} translations.`,
    } as const;
  }
  if (options.expectedHeadRevisionId != null && options.expectedHeadRevisionId !== row.head_revision_id) {
    return { kind: "conflict", head: await getRevision(trx, row.head_revision_id) } as const;
  }
  let flagged: UntranslatedBlock[] = [];
  let glossaryIssues: GlossaryIssue[] = [];
  if (CHECKED_ACTIONS.has(action)) {
    const head = { locale: key.locale, headRevisionId: row.head_revision_id };
    flagged = await untranslatedBlocksOfHead(trx, head);
    glossaryIssues = await glossaryIssuesOfHead(trx, head);
    if ((flagged.length > 0 || glossaryIssues.length > 0) && !options.overrideNote) {
      return {
        kind: "untranslated",
        revisionId: row.head_revision_id,
        blocks: flagged,
        glossaryIssues,
      } as const;
    }
  }

  if (action === "publish") {
    const taken = await slugTaken(trx, key, row.head_revision_id);
    if (taken) return taken;
    await publishRevisions(trx, [{ ...key, revisionId: row.head_revision_id, publishedAt: now }]);
  } else if (row.status === "published") {
    await withdrawPublication(trx, key, to, now);
  } else {
    await trx
      .updateTable("translations")
      .set({ status: to, updated_at: now })
      .where("article_id", "=", key.articleId)
      .where("locale", "=", key.locale)
      .execute();
  }
  if (action === "publish") {
    await trx.updateTable("articles").set({ updated_at: now }).where("id", "=", key.articleId).execute();
  }
  if (action === "publish" || row.status === "published") await refreshSearchDocument(trx, key);
  if (action === "publish") await rememberPublished(trx, key, row.head_revision_id);
  await trx
    .insertInto("translation_events")
    .values({
      article_id: key.articleId,
      locale: key.locale,
      action,
      revision_id: row.head_revision_id,
      user_id: options.userId ?? null,
      note: options.overrideNote ?? null,
      overridden_blocks: flagged.length > 0 ? JSON.stringify(flagged) : null,
      overridden_terms: glossaryIssues.length > 0 ? JSON.stringify(glossaryIssues) : null,
      created_at: now,
    })
    .execute();
  const translation = await findDeskTranslation(trx, key);
  if (!translation) throw new Error("A locked translation vanished inside its transaction");
  const readersChanged = action === "publish" || row.status === "published";
  return { kind: "transitioned", translation, revisionId: row.head_revision_id, readersChanged } as const;
}

/** The head's blocks still in the source's text, compared with the source revision the head was made from. */
/** Feeds the translation memory with a published translation's block pairs (originals feed nothing). */
async function rememberPublished(
  db: Kysely<Database>,
  key: TranslationKey,
  headRevisionId: number,
): Promise<void> {
  const row = await db
    .selectFrom("revisions as h")
    .innerJoin("revisions as s", "s.id", "h.source_revision_id")
    .select(["h.body as target", "s.body as source", "s.locale as source_locale"])
    .where("h.id", "=", headRevisionId)
    .executeTakeFirst();
  if (!row || row.source_locale === key.locale) return;
  await recordSegments(
    db,
    { sourceLocale: row.source_locale, targetLocale: key.locale },
    memorySegments(row.source, row.target, key.locale),
    { articleId: key.articleId, targetRevisionId: headRevisionId },
  );
}

export async function untranslatedBlocksOfHead(
  db: Kysely<Database>,
  { locale, headRevisionId }: { locale: TranslationKey["locale"]; headRevisionId: number },
): Promise<UntranslatedBlock[]> {
  const row = await db
    .selectFrom("revisions as h")
    .leftJoin("revisions as s", "s.id", "h.source_revision_id")
    .select(["h.body as target", "s.body as source"])
    .where("h.id", "=", headRevisionId)
    .executeTakeFirstOrThrow();
  // An original has no source revision; nothing to compare.
  if (row.source === null) return [];
  return findUntranslatedBlocks(row.source, row.target, locale);
}

export interface TranslationEvent {
  id: number;
  locale: TranslationKey["locale"];
  action: WorkflowAction;
  revisionId: number;
  userId: number | null;
  userName: string | null;
  note: string | null;
  overriddenBlocks: UntranslatedBlock[];
  /** Glossary warnings the override let through. */
  overriddenTerms: GlossaryIssue[];
  createdAt: Date;
}

/** A translation's workflow history, newest first. */
export async function listTranslationEvents(
  db: Kysely<Database>,
  key: TranslationKey,
  limit = 50,
): Promise<TranslationEvent[]> {
  const rows = await db
    .selectFrom("translation_events as e")
    .leftJoin("users as u", "u.id", "e.user_id")
    .select([
      "e.id",
      "e.locale",
      "e.action",
      "e.revision_id",
      "e.user_id",
      "u.display_name",
      "e.note",
      "e.overridden_blocks",
      "e.overridden_terms",
      "e.created_at",
    ])
    .where("e.article_id", "=", key.articleId)
    .where("e.locale", "=", key.locale)
    .orderBy("e.id", "desc")
    .limit(Math.min(Math.max(limit, 1), 200))
    .execute();
  return rows.map((row) => ({
    id: row.id,
    locale: row.locale,
    action: row.action,
    revisionId: row.revision_id,
    userId: row.user_id,
    userName: row.display_name,
    note: row.note,
    overriddenBlocks: row.overridden_blocks ?? [],
    overriddenTerms: row.overridden_terms ?? [],
    createdAt: row.created_at,
  }));
}

/** Slugs are unique per edition among published translations (the reader looks them up). */
async function slugTaken(
  db: Kysely<Database>,
  { locale, articleId }: TranslationKey,
  headRevisionId: number,
): Promise<Invalid | null> {
  const head = await db
    .selectFrom("revisions")
    .select("slug")
    .where("id", "=", headRevisionId)
    .executeTakeFirstOrThrow();
  const taken = await db
    .selectFrom("translations")
    .select("article_id")
    .where("locale", "=", locale)
    .where("published_slug", "=", head.slug)
    .where("article_id", "!=", articleId)
    .executeTakeFirst();
  if (!taken) return null;
  return invalid(
    "slug",
    `The slug "${head.slug}" is already used by article ${taken.article_id} in this edition; save the translation with another slug, then publish.`,
  );
}
