import { LIVE_UPDATE_LIMITS } from "@sahifa/domain/live-limits";
import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { type ArticleCard, publishedInEdition, toArticleCard } from "../reader/articles.ts";
import { withLiveTables } from "./live-updates.table.ts";

/**
 * Updates of a live story (an article of kind "live"), newest first.
 * Readers only ever see the updates of a translation that is published in
 * their edition; an update can only be posted to such a translation, so what
 * the subscription pushes is never ahead of what the page shows.
 */

export interface LiveUpdate {
  id: number;
  articleId: number;
  locale: Locale;
  title: string | null;
  body: string;
  createdAt: Date;
}

export const MAX_LIVE_UPDATES_PAGE = 100;

export type LiveUpdateProblem =
  | { code: "NOT_FOUND"; message: string }
  | { code: "NOT_LIVE"; message: string }
  | { code: "NOT_PUBLISHED"; message: string }
  | { code: "INVALID"; field: "title" | "body"; message: string };

export interface NewLiveUpdate {
  articleId: number;
  locale: Locale;
  title?: string | null | undefined;
  body: string;
  createdBy?: number | null | undefined;
}

export async function addLiveUpdate(
  db: Kysely<Database>,
  input: NewLiveUpdate,
): Promise<{ ok: true; update: LiveUpdate } | { ok: false; problem: LiveUpdateProblem }> {
  const title = input.title?.trim() || null;
  const body = input.body.trim();
  if (body === "") return fail({ code: "INVALID", field: "body", message: "The update has no text." });
  if (body.length > LIVE_UPDATE_LIMITS.body) {
    return fail({
      code: "INVALID",
      field: "body",
      message: `Keep an update under ${LIVE_UPDATE_LIMITS.body} characters.`,
    });
  }
  if (title && title.length > LIVE_UPDATE_LIMITS.title) {
    return fail({
      code: "INVALID",
      field: "title",
      message: `Keep a title under ${LIVE_UPDATE_LIMITS.title} characters.`,
    });
  }
  const story = await db
    .selectFrom("articles as a")
    .leftJoin("translations as t", (join) =>
      join.onRef("t.article_id", "=", "a.id").on("t.locale", "=", input.locale),
    )
    .select(["a.kind", "t.status"])
    .where("a.id", "=", input.articleId)
    .executeTakeFirst();
  if (!story) return fail({ code: "NOT_FOUND", message: `No article ${input.articleId}.` });
  if (story.kind !== "live")
    return fail({ code: "NOT_LIVE", message: "Only a live story takes live updates." });
  if (story.status !== "published") {
    return fail({
      code: "NOT_PUBLISHED",
      message: `The story is not published in the ${input.locale} edition.`,
    });
  }
  const row = await withLiveTables(db)
    .insertInto("live_updates")
    .values({
      article_id: input.articleId,
      locale: input.locale,
      title,
      body,
      created_by: input.createdBy ?? null,
    })
    .returning(["id", "article_id as articleId", "locale", "title", "body", "created_at as createdAt"])
    .executeTakeFirstOrThrow();
  return { ok: true, update: row };
}

/**
 * Updates of a story in an edition, newest first; `beforeId` pages to older
 * ones. Empty unless the translation is published.
 */
export async function listLiveUpdates(
  db: Kysely<Database>,
  request: { articleId: number; locale: Locale; first: number; beforeId?: number | null | undefined },
): Promise<LiveUpdate[]> {
  const first = Math.min(Math.max(Math.trunc(request.first), 0), MAX_LIVE_UPDATES_PAGE);
  if (first === 0) return [];
  let query = withLiveTables(db)
    .selectFrom("live_updates as u")
    .innerJoin("translations as t", (join) =>
      join.onRef("t.article_id", "=", "u.article_id").onRef("t.locale", "=", "u.locale"),
    )
    .select([
      "u.id",
      "u.article_id as articleId",
      "u.locale",
      "u.title",
      "u.body",
      "u.created_at as createdAt",
    ])
    .where("u.article_id", "=", request.articleId)
    .where("u.locale", "=", request.locale)
    .where("t.status", "=", "published");
  if (request.beforeId) query = query.where("u.id", "<", request.beforeId);
  return query.orderBy("u.id", "desc").limit(first).execute();
}

/**
 * The live stories readers can follow in any of `locales` (one card per
 * edition that publishes the story), most recently published first: the
 * stories a desk user may post updates to in those editions.
 */
export async function listLiveStories(
  db: Kysely<Database>,
  locales: readonly Locale[],
): Promise<ArticleCard[]> {
  const perEdition = await Promise.all(
    locales.map((locale) => publishedInEdition(db, locale).where("a.kind", "=", "live").execute()),
  );
  return perEdition
    .flat()
    .map(toArticleCard)
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.id - b.id);
}

function fail(problem: LiveUpdateProblem): { ok: false; problem: LiveUpdateProblem } {
  return { ok: false, problem };
}
