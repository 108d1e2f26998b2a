import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { compiledOnce, perEdition } from "./memo.ts";

/** A byline in one edition's language (falling back to English, then the slug). */
export interface Author {
  id: number;
  slug: string;
  isDesk: boolean;
  name: string;
  bio: string;
  /** What they do for the newsroom, in the edition's words; empty when not given. */
  role: string;
  /** Their photo in the media library. */
  photoMediaId: number | null;
}

const authorsIn = perEdition((db: Kysely<Database>, locale: Locale) =>
  db
    .selectFrom("authors as p")
    .leftJoin("author_labels as l", (join) =>
      join.onRef("l.author_id", "=", "p.id").on("l.locale", "=", locale),
    )
    .leftJoin("author_labels as en", (join) =>
      join.onRef("en.author_id", "=", "p.id").on("en.locale", "=", "en"),
    )
    .select([
      "p.id",
      "p.slug",
      "p.is_desk as isDesk",
      sql<string>`coalesce(l.name, en.name, p.slug)`.as("name"),
      sql<string>`coalesce(l.bio, en.bio, '')`.as("bio"),
      sql<string>`coalesce(l.role, en.role, '')`.as("role"),
      "p.photo_media_id as photoMediaId",
    ]),
);

export async function findAuthorsBySlug(
  db: Kysely<Database>,
  locale: Locale,
  slugs: readonly string[],
): Promise<Author[]> {
  if (slugs.length === 0) return [];
  return authorsIn(db, locale)
    .where("p.slug", "in", [...slugs])
    .execute();
}

/** Bylines of each article, in byline order. */
export async function findAuthorsOfArticles(
  db: Kysely<Database>,
  locale: Locale,
  articleIds: readonly number[],
): Promise<Array<{ articleId: number; author: Author }>> {
  if (articleIds.length === 0) return [];
  const rows = await authorsOfArticles(db, articleIds, locale);
  return rows.map(({ article_id, ...author }) => ({ articleId: article_id, author }));
}
const authorsOfArticles = compiledOnce((db, articleIds: readonly number[], locale: Locale) =>
  authorsIn(db, locale)
    .innerJoin("article_authors as x", "x.author_id", "p.id")
    .where("x.article_id", "in", [...articleIds])
    .select("x.article_id")
    .orderBy("x.article_id")
    .orderBy("x.position")
    .orderBy("p.id"),
);

/** Authors with at least one article published in the edition, by name. */
export async function listAuthors(db: Kysely<Database>, locale: Locale): Promise<Author[]> {
  return authorsIn(db, locale)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("article_authors as x")
          .innerJoin("translations as t", "t.article_id", "x.article_id")
          .whereRef("x.author_id", "=", "p.id")
          .where("t.locale", "=", locale)
          .where("t.status", "=", "published")
          .where("t.published_revision_id", "is not", null)
          .select("x.author_id"),
      ),
    )
    .orderBy("name")
    .execute();
}
