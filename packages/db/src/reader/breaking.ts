import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { compiledOnce } from "./memo.ts";

export interface BreakingItem {
  id: number;
  locale: Locale;
  text: string;
  attribution: string | null;
  url: string | null;
  articleId: number | null;
  createdAt: Date;
  expiresAt: Date;
}

/** The columns of a BreakingItem, for every query that returns one (the reader's list, the desk's writes). */
export const BREAKING_ITEM_COLUMNS = [
  "id",
  "locale",
  "text",
  "attribution",
  "url",
  "article_id as articleId",
  "created_at as createdAt",
  "expires_at as expiresAt",
] as const;

/** Unexpired breaking items of one edition, newest first. */
export async function listBreakingItems(
  db: Kysely<Database>,
  locale: Locale,
  now: Date,
  limit: number,
): Promise<BreakingItem[]> {
  return unexpiredBreaking(db, [now], locale, limit);
}
const unexpiredBreaking = compiledOnce((db, [now]: readonly Date[], locale: Locale, limit: number) =>
  db
    .selectFrom("breaking_items")
    .where("locale", "=", locale)
    .where("expires_at", ">", now!)
    .select(BREAKING_ITEM_COLUMNS)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit),
);
