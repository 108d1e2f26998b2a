import { nextStatus, WORKFLOW_TRANSITIONS, type WorkflowAction } from "@sahifa/domain/workflow";
import type { Kysely } from "kysely";
import type { Database, TranslationUpdate } from "../database.ts";
import { refreshSearchDocument } from "../search/search-document.ts";
import { type Invalid, invalid, type NotAllowed, type NotFound, notFound } from "./desk-results.ts";
import { type DeskTranslation, findDeskTranslation } from "./desk-translations.ts";
import type { TranslationKey } from "./revision-rows.ts";

export interface Transitioned {
  kind: "transitioned";
  translation: DeskTranslation;
  /** Whether readers see something else now: a publication, or a published translation withdrawn. */
  readersChanged: boolean;
}

/** What readers stop seeing when a translation leaves `published`. */
const WITHDRAWN: TranslationUpdate = {
  published_revision_id: null,
  source_revision_id: null,
  published_slug: null,
  published_title: null,
  published_summary: null,
  published_at: null,
};

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
  now: Date = new Date(),
): Promise<Transitioned | NotFound | NotAllowed | Invalid> {
  try {
    return await transition(db, key, action, now);
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
  now: Date,
): Promise<Transitioned | NotFound | NotAllowed | Invalid> {
  return db.transaction().execute((trx) => transitionWithin(trx, key, action, now));
}

/**
 * The transition inside a transaction the caller holds (the scheduler claims its row and
 * publishes in one transaction, so a claimed publication is either done or not claimed).
 */
export async function transitionWithin(
  trx: Kysely<Database>,
  key: TranslationKey,
  action: WorkflowAction,
  now: Date,
): Promise<Transitioned | NotFound | NotAllowed | Invalid> {
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

  let update: TranslationUpdate = { status: to, updated_at: now };
  if (action === "publish") {
    const published = await publishedColumns(trx, key, row.head_revision_id, now);
    if (!("ok" in published)) return published;
    update = { ...update, ...published.value, first_published_at: row.first_published_at ?? now };
  } else if (row.status === "published") {
    update = { ...update, ...WITHDRAWN };
  }
  await trx
    .updateTable("translations")
    .set(update)
    .where("article_id", "=", key.articleId)
    .where("locale", "=", key.locale)
    .execute();
  if (action === "publish") {
    await trx.updateTable("articles").set({ updated_at: now }).where("id", "=", key.articleId).execute();
  }
  if (action === "publish" || row.status === "published") await refreshSearchDocument(trx, key);
  const translation = await findDeskTranslation(trx, key);
  if (!translation) throw new Error("A locked translation vanished inside its transaction");
  const readersChanged = action === "publish" || row.status === "published";
  return { kind: "transitioned", translation, readersChanged } as const;
}

async function publishedColumns(
  db: Kysely<Database>,
  { locale, articleId }: TranslationKey,
  headRevisionId: number,
  now: Date,
): Promise<{ ok: true; value: TranslationUpdate } | Invalid> {
  const head = await db
    .selectFrom("revisions")
    .select(["id", "slug", "title", "summary", "source_revision_id"])
    .where("id", "=", headRevisionId)
    .executeTakeFirstOrThrow();
  // Slugs are unique per edition among published translations (the reader looks them up).
  const taken = await db
    .selectFrom("translations")
    .select("article_id")
    .where("locale", "=", locale)
    .where("published_slug", "=", head.slug)
    .where("article_id", "!=", articleId)
    .executeTakeFirst();
  if (taken) {
    return invalid(
      "slug",
      `The slug "${head.slug}" is already used by article ${taken.article_id} in this edition; save the translation with another slug, then publish.`,
    );
  }
  return {
    ok: true,
    value: {
      published_revision_id: head.id,
      source_revision_id: head.source_revision_id,
      published_slug: head.slug,
      published_title: head.title,
      published_summary: head.summary,
      published_at: now,
    },
  };
}
