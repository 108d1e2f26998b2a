import type { Kysely } from "kysely";
import type { Database, FactFieldChange } from "../database.ts";
import type { DeskArticle } from "./desk-translations.ts";

/** The facts an editor changes, as the desk names them (paths and slugs, media ids as text). */
const FIELDS = [
  "kind",
  "sectionPath",
  "regionSlug",
  "dossierSlug",
  "tagSlugs",
  "authorSlugs",
  "sourceName",
  "leadMediaId",
] as const;
export type FactField = (typeof FIELDS)[number];
export type FactValues = Pick<DeskArticle, FactField>;

function factValue(facts: FactValues | null, field: FactField): string | string[] | null {
  if (!facts) return null;
  const value = facts[field];
  if (Array.isArray(value)) return [...value];
  return value === null ? null : String(value);
}

const same = (a: string | string[] | null, b: string | string[] | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/** Each field whose value differs; `before` null on creation. */
export function diffFacts(before: FactValues | null, after: FactValues): FactFieldChange[] {
  return FIELDS.flatMap((field) => {
    const was = factValue(before, field);
    const now = factValue(after, field);
    return same(was, now) ? [] : [{ field, before: was, after: now }];
  });
}

/** Keeps a change (inside the transaction that made it); nothing when nothing changed. */
export async function recordFactChange(
  db: Kysely<Database>,
  articleId: number,
  userId: number | null,
  changes: FactFieldChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await db
    .insertInto("article_fact_changes")
    .values({ article_id: articleId, user_id: userId, changes: JSON.stringify(changes) })
    .execute();
}

export interface FactChange {
  id: number;
  changedAt: Date;
  userId: number | null;
  userName: string | null;
  changes: FactFieldChange[];
}

/** An article's fact history, newest first. */
export async function listFactChanges(db: Kysely<Database>, articleId: number): Promise<FactChange[]> {
  const rows = await db
    .selectFrom("article_fact_changes as c")
    .leftJoin("users as u", "u.id", "c.user_id")
    .select(["c.id", "c.changed_at", "c.user_id", "u.display_name", "c.changes"])
    .where("c.article_id", "=", articleId)
    .orderBy("c.id", "desc")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    changedAt: row.changed_at,
    userId: row.user_id,
    userName: row.display_name,
    changes: row.changes,
  }));
}
