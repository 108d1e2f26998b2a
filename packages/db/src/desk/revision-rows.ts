import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";

/** One revision as the desk shows it, with its author's name. */
export interface DeskRevision {
  id: number;
  articleId: number;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  body: BodyBlock[];
  seoTitle: string | null;
  seoDescription: string | null;
  /** The head this revision was saved over (null for a translation's first revision). */
  basedOnRevisionId: number | null;
  /** The revision of the original it was translated from (null for originals). */
  sourceRevisionId: number | null;
  authorUserId: number | null;
  authorName: string | null;
  note: string | null;
  createdAt: Date;
}

export interface TranslationKey {
  articleId: number;
  locale: Locale;
}

/** Selects revisions with their author; callers add where/order. */
export function selectRevisions(db: Kysely<Database>) {
  return db
    .selectFrom("revisions as r")
    .leftJoin("users as u", "u.id", "r.author_user_id")
    .select([
      "r.id",
      "r.article_id as articleId",
      "r.locale",
      "r.title",
      "r.slug",
      "r.summary",
      "r.body",
      "r.seo_title as seoTitle",
      "r.seo_description as seoDescription",
      "r.based_on_revision_id as basedOnRevisionId",
      "r.source_revision_id as sourceRevisionId",
      "r.author_user_id as authorUserId",
      "u.display_name as authorName",
      "r.note",
      "r.created_at as createdAt",
    ]);
}

export async function findRevision(db: Kysely<Database>, id: number): Promise<DeskRevision | undefined> {
  return selectRevisions(db).where("r.id", "=", id).executeTakeFirst();
}

export async function getRevision(db: Kysely<Database>, id: number): Promise<DeskRevision> {
  return selectRevisions(db).where("r.id", "=", id).executeTakeFirstOrThrow();
}
