import type { Locale } from "@sahifa/domain/locales";
import { nextStatus } from "@sahifa/domain/workflow";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { type Invalid, invalid, type NotAllowed, type NotFound, notFound } from "./desk-results.ts";
import type { TranslationKey } from "./revision-rows.ts";
import { type TransitionOutcome, transitionWithin } from "./translation-workflow.ts";

/**
 * Publishing at a set time (docs/architecture/042-scheduled-publishing.md). What is
 * published is the head revision at that time, as "publish now" would; the row of
 * record is written by the workflow's one publish function.
 */

/**
 * Why a due publication could not go out, stored on its row as a code so each reader words it
 * in its own language: the slug was taken meanwhile, the translation's state no longer allows
 * publishing (archived), its text is refused, blocks are untranslated, its head moved while it
 * was published, or it is gone.
 */
export const SCHEDULE_FAILURES = [
  "slug_taken",
  "not_allowed",
  "invalid",
  "untranslated",
  "head_moved",
  "not_found",
] as const;
export type ScheduleFailure = (typeof SCHEDULE_FAILURES)[number];

/** The code of a failed row; null for none, or for an older row that stored its reason as English text. */
export function scheduleFailureOf(outcome: string | null): ScheduleFailure | null {
  return (SCHEDULE_FAILURES as readonly (string | null)[]).includes(outcome)
    ? (outcome as ScheduleFailure)
    : null;
}

export interface ScheduledPublication {
  id: number;
  articleId: number;
  locale: Locale;
  publishAt: Date;
  state: "pending" | "published" | "cancelled" | "failed";
  /** A ScheduleFailure code, or an older row's English reason (scheduleFailureOf tells them apart). */
  outcome: string | null;
  createdBy: number | null;
  doneAt: Date | null;
}

function toScheduled(row: {
  id: number;
  article_id: number;
  locale: Locale;
  publish_at: Date;
  state: ScheduledPublication["state"];
  outcome: string | null;
  created_by: number | null;
  done_at: Date | null;
}): ScheduledPublication {
  return {
    id: row.id,
    articleId: row.article_id,
    locale: row.locale,
    publishAt: row.publish_at,
    state: row.state,
    outcome: row.outcome,
    createdBy: row.created_by,
    doneAt: row.done_at,
  };
}

const COLUMNS = [
  "id",
  "article_id",
  "locale",
  "publish_at",
  "state",
  "outcome",
  "created_by",
  "done_at",
] as const;

/** Sets (or moves) the time a translation is published; the time must be ahead of `now`. */
export async function schedulePublication(
  db: Kysely<Database>,
  key: TranslationKey,
  publishAt: Date,
  userId: number | null,
  now: Date,
): Promise<{ kind: "scheduled"; publication: ScheduledPublication } | Invalid | NotFound | NotAllowed> {
  if (!(publishAt.getTime() > now.getTime())) {
    return invalid("publishAt", "The publication time has passed: choose a time ahead, or publish now.");
  }
  return db.transaction().execute(async (trx) => {
    const translation = await trx
      .selectFrom("translations")
      .select("status")
      .where("article_id", "=", key.articleId)
      .where("locale", "=", key.locale)
      .forUpdate()
      .executeTakeFirst();
    if (!translation) return notFound(`Article ${key.articleId} has no ${key.locale} translation.`);
    if (nextStatus(translation.status, "publish") === null) {
      return {
        kind: "not_allowed",
        message: `A ${translation.status} translation cannot be scheduled; unarchive it first.`,
      } as const;
    }
    const moved = await trx
      .updateTable("scheduled_publications")
      .set({ publish_at: publishAt, created_by: userId })
      .where("article_id", "=", key.articleId)
      .where("locale", "=", key.locale)
      .where("state", "=", "pending")
      .returning(COLUMNS)
      .executeTakeFirst();
    const row =
      moved ??
      (await trx
        .insertInto("scheduled_publications")
        .values({ article_id: key.articleId, locale: key.locale, publish_at: publishAt, created_by: userId })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow());
    return { kind: "scheduled", publication: toScheduled(row) } as const;
  });
}

/** Cancels a translation's pending publication; false when none was pending (or it has just run). */
export async function cancelScheduledPublication(db: Kysely<Database>, key: TranslationKey, now: Date) {
  const result = await db
    .updateTable("scheduled_publications")
    .set({ state: "cancelled", done_at: now })
    .where("article_id", "=", key.articleId)
    .where("locale", "=", key.locale)
    .where("state", "=", "pending")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function findPendingPublications(
  db: Kysely<Database>,
  keys: readonly TranslationKey[],
): Promise<ScheduledPublication[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom("scheduled_publications")
    .select(COLUMNS)
    .where("state", "=", "pending")
    .where((eb) =>
      eb.or(keys.map((k) => eb.and([eb("article_id", "=", k.articleId), eb("locale", "=", k.locale)]))),
    )
    .execute();
  return rows.map(toScheduled);
}

/** Pending publications in these editions, soonest first (the desk's schedule). */
export async function listScheduled(db: Kysely<Database>, locales: readonly Locale[], limit: number) {
  if (locales.length === 0) return [];
  const rows = await db
    .selectFrom("scheduled_publications")
    .select(COLUMNS)
    .where("state", "=", "pending")
    .where("locale", "in", [...locales])
    .orderBy("publish_at")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map(toScheduled);
}

export interface PublishedBySchedule {
  key: TranslationKey;
  outcome: "published" | "failed";
}

/**
 * Publishes what is due, one row per transaction: the row is claimed with
 * FOR UPDATE SKIP LOCKED, so instances polling at once each take different
 * rows and none waits on another, and it is marked done in the transaction
 * that publishes, so a crash leaves it pending for the next poll. Answers
 * what this call did.
 */
export async function runDuePublications(
  db: Kysely<Database>,
  now: Date,
  limit = 100,
): Promise<PublishedBySchedule[]> {
  const done: PublishedBySchedule[] = [];
  while (done.length < limit) {
    const result = await db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom("scheduled_publications")
        .select(["id", "article_id", "locale"])
        .where("state", "=", "pending")
        .where("publish_at", "<=", now)
        .orderBy("publish_at")
        .orderBy("id")
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!due) return null;
      const key = { articleId: due.article_id, locale: due.locale };
      const published = await publishOrExplain(trx, key, now);
      await trx
        .updateTable("scheduled_publications")
        .set({
          state: published === null ? "published" : "failed",
          outcome: published,
          done_at: now,
        })
        .where("id", "=", due.id)
        .execute();
      return { key, outcome: published === null ? "published" : "failed" } as const;
    });
    if (!result) break;
    done.push(result);
  }
  return done;
}

/** Null when published; otherwise why not, kept on the row for the desk. */
async function publishOrExplain(
  trx: Kysely<Database>,
  key: TranslationKey,
  now: Date,
): Promise<ScheduleFailure | null> {
  // A savepoint: a slug taken meanwhile (unique violation) fails this publish without losing the claim.
  await sql`savepoint scheduled_publish`.execute(trx);
  try {
    const result = await transitionWithin(trx, key, "publish", { now });
    if (result.kind === "transitioned") {
      await sql`release savepoint scheduled_publish`.execute(trx);
      return null;
    }
    await sql`rollback to savepoint scheduled_publish`.execute(trx);
    return failureReason(result);
  } catch (error) {
    if ((error as { code?: string }).code !== "23505") throw error;
    await sql`rollback to savepoint scheduled_publish`.execute(trx);
    return "slug_taken";
  }
}

/** Why a scheduled publication could not go out, kept on its row for the desk. */
function failureReason(result: Exclude<TransitionOutcome, { kind: "transitioned" }>): ScheduleFailure {
  switch (result.kind) {
    case "conflict":
      return "head_moved";
    case "not_found":
      return "not_found";
    default:
      return result.kind;
  }
}
