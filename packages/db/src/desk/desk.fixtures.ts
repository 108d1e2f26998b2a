import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import type { Role } from "@sahifa/domain/workflow";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { createArticle } from "./articles.ts";
import type { TranslationContentInput } from "./translation-content.ts";
import { createUser, type DeskUser } from "./users.ts";

/** The smallest newsroom desk tests need: two sections, a region, a tag, an author. */
export async function seedDeskTaxonomy(db: Kysely<Database>): Promise<void> {
  const news = await db
    .insertInto("sections")
    .values({ path: "news", slug: "news" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("sections")
    .values({ path: "news/politics", slug: "politics", parent_id: news.id })
    .execute();
  await db.insertInto("sections").values({ path: "features", slug: "features" }).execute();
  await db.insertInto("regions").values({ slug: "europe" }).execute();
  await db.insertInto("tags").values({ slug: "elections" }).execute();
  await db.insertInto("dossiers").values({ slug: "river-towns" }).execute();
  await db.insertInto("authors").values({ slug: "desk-staff", is_desk: true }).execute();
}

export async function makeUser(
  db: Kysely<Database>,
  role: Role,
  locales: Locale[],
  email = `${role}.${locales.join("-") || "all"}@test.example`,
): Promise<DeskUser> {
  const result = await createUser(db, {
    email,
    displayName: `${role} ${locales.join(",")}`,
    role,
    locales,
    passwordHash: "x",
  });
  if (result.kind !== "created") throw new Error(result.errors[0]?.message);
  return result.user;
}

export function paragraph(text: string): BodyBlock {
  return { type: "paragraph", content: [{ text }] };
}

export function content(title: string, paragraphs: string[], slug?: string): TranslationContentInput {
  return { title, slug, summary: `${title}: the short version.`, body: paragraphs.map(paragraph) };
}

/** An original article in `locale`, as a draft; returns its id and head revision. */
export async function makeArticle(
  db: Kysely<Database>,
  locale: Locale,
  title: string,
  paragraphs: string[] = ["First paragraph.", "Second paragraph."],
  authorId: number | null = null,
): Promise<{ articleId: number; headRevisionId: number }> {
  const result = await createArticle(
    db,
    {
      kind: "news",
      sectionPath: "news/politics",
      originalLocale: locale,
      content: content(title, paragraphs),
    },
    authorId,
  );
  if (result.kind !== "created") throw new Error(JSON.stringify(result));
  return { articleId: result.translation.articleId, headRevisionId: result.revision.id };
}
