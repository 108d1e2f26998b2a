import { BREAKING_LIMITS } from "@sahifa/domain/live-limits";
import type { Locale } from "@sahifa/domain/locales";
import { urlProblem } from "@sahifa/domain/safe-url";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { BREAKING_ITEM_COLUMNS, type BreakingItem } from "../reader/breaking.ts";

/**
 * Posting a breaking item to an edition's ticker. The API publishes
 * the returned item to subscribers once this has committed, so a reader who
 * reloads sees what the push showed.
 */

export interface NewBreakingItem {
  locale: Locale;
  text: string;
  attribution?: string | null | undefined;
  url?: string | null | undefined;
  articleId?: number | null | undefined;
  expiresAt?: Date | null | undefined;
  createdBy?: number | null | undefined;
}

export type BreakingProblem = {
  code: "INVALID";
  field: "text" | "attribution" | "url" | "articleId" | "expiresAt";
  message: string;
};

/** The checked, trimmed fields of a breaking item; shared by posting and the desk's edit (desk/breaking-edits.ts). */
export interface CheckedBreakingItem {
  text: string;
  attribution: string | null;
  url: string | null;
  articleId: number | null;
  expiresAt: Date;
}

export async function checkBreakingItem(
  db: Kysely<Database>,
  input: Omit<NewBreakingItem, "locale" | "createdBy">,
  now: Date,
): Promise<{ ok: true; value: CheckedBreakingItem } | { ok: false; problem: BreakingProblem }> {
  const text = input.text.trim();
  const attribution = input.attribution?.trim() || null;
  const url = input.url?.trim() || null;
  const expiresAt = input.expiresAt ?? new Date(now.getTime() + BREAKING_LIMITS.defaultTtlHours * 3_600_000);
  const invalid = (field: BreakingProblem["field"], message: string) =>
    ({ ok: false, problem: { code: "INVALID", field, message } }) as const;

  if (text === "") return invalid("text", "A breaking item needs text.");
  if (text.length > BREAKING_LIMITS.text)
    return invalid("text", `Keep it under ${BREAKING_LIMITS.text} characters.`);
  if (attribution && attribution.length > BREAKING_LIMITS.attribution) {
    return invalid("attribution", `Keep the attribution under ${BREAKING_LIMITS.attribution} characters.`);
  }
  if (url) {
    const problem = urlProblem(url);
    if (problem)
      return invalid("url", `The link is refused (${problem}): use an http(s) or site-relative URL.`);
  }
  const latest = now.getTime() + BREAKING_LIMITS.maxTtlDays * 86_400_000;
  if (expiresAt.getTime() <= now.getTime() || expiresAt.getTime() > latest) {
    return invalid(
      "expiresAt",
      `The expiry must be in the future and at most ${BREAKING_LIMITS.maxTtlDays} days away.`,
    );
  }
  if (input.articleId != null) {
    const article = await db
      .selectFrom("articles")
      .select("id")
      .where("id", "=", input.articleId)
      .executeTakeFirst();
    if (!article) return invalid("articleId", `No article ${input.articleId}.`);
  }
  return { ok: true, value: { text, attribution, url, articleId: input.articleId ?? null, expiresAt } };
}

export async function postBreakingItem(
  db: Kysely<Database>,
  input: NewBreakingItem,
  now: Date = new Date(),
): Promise<{ ok: true; item: BreakingItem } | { ok: false; problem: BreakingProblem }> {
  const checked = await checkBreakingItem(db, input, now);
  if (!checked.ok) return checked;
  const { text, attribution, url, expiresAt } = checked.value;
  const item = await db
    .insertInto("breaking_items")
    .values({
      locale: input.locale,
      text,
      attribution,
      url,
      article_id: input.articleId ?? null,
      created_by: input.createdBy ?? null,
      created_at: now,
      expires_at: expiresAt,
    })
    .returning(BREAKING_ITEM_COLUMNS)
    .executeTakeFirstOrThrow();
  return { ok: true, item };
}
