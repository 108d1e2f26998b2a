import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { type BreakingProblem, checkBreakingItem } from "../live/breaking-items.ts";
import { BREAKING_ITEM_COLUMNS, type BreakingItem } from "../reader/breaking.ts";

/**
 * The desk's edits of posted breaking items (posting is live/breaking-items.ts).
 * An item's edition never changes; callers check the editor's right to it.
 */

export async function findBreakingItem(db: Kysely<Database>, id: number): Promise<BreakingItem | undefined> {
  return db
    .selectFrom("breaking_items")
    .select(BREAKING_ITEM_COLUMNS)
    .where("id", "=", id)
    .executeTakeFirst();
}

export interface BreakingEdit {
  text: string;
  attribution?: string | null | undefined;
  url?: string | null | undefined;
  articleId?: number | null | undefined;
  /** Default: the item keeps its expiry (if still in the future). */
  expiresAt?: Date | null | undefined;
}

/** Replaces an item's text, attribution, link and expiry, checked as when posting. */
export async function editBreakingItem(
  db: Kysely<Database>,
  id: number,
  edit: BreakingEdit,
  now: Date = new Date(),
): Promise<
  | { ok: true; item: BreakingItem }
  | { ok: false; problem: BreakingProblem | { code: "NOT_FOUND"; message: string } }
> {
  const current = await findBreakingItem(db, id);
  if (!current) return { ok: false, problem: { code: "NOT_FOUND", message: `No breaking item ${id}.` } };
  const checked = await checkBreakingItem(
    db,
    { ...edit, expiresAt: edit.expiresAt ?? current.expiresAt },
    now,
  );
  if (!checked.ok) return checked;
  const { text, attribution, url, articleId, expiresAt } = checked.value;
  const item = await db
    .updateTable("breaking_items")
    .set({ text, attribution, url, article_id: articleId, expires_at: expiresAt })
    .where("id", "=", id)
    .returning(BREAKING_ITEM_COLUMNS)
    .executeTakeFirstOrThrow();
  return { ok: true, item };
}

/** Takes an item off the ticker now (it stays in the table with its past expiry). */
export async function expireBreakingItem(
  db: Kysely<Database>,
  id: number,
  now: Date = new Date(),
): Promise<BreakingItem | undefined> {
  return db
    .updateTable("breaking_items")
    .set((eb) => ({ expires_at: eb.fn("least", [eb.ref("expires_at"), eb.val(now)]) }))
    .where("id", "=", id)
    .returning(BREAKING_ITEM_COLUMNS)
    .executeTakeFirst();
}
