import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import type { ArticleKind } from "@sahifa/domain/taxonomy";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { publishRevisions } from "../publication/published-columns.ts";
import { refreshSearchDocument } from "./search-document.ts";

/**
 * Test content for search, written straight to the tables the desk writes
 * (articles, revisions, translations), then indexed the way the publish path
 * indexes. Only what search reads is filled in.
 */

export interface FixtureTaxonomy {
  sections: Record<string, number>;
  regions: Record<string, number>;
}

const SECTION_PATHS = [
  "news",
  "news/environment",
  "news/arts-culture",
  "news/sports",
  "articles",
  "articles/opinion",
];
const REGION_SLUGS = ["africa", "europe", "latin-america", "mena"];

export async function createFixtureTaxonomy(db: Kysely<Database>): Promise<FixtureTaxonomy> {
  const sections: Record<string, number> = {};
  for (const [position, path] of SECTION_PATHS.entries()) {
    const parentPath = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : null;
    const row = await db
      .insertInto("sections")
      .values({
        path,
        slug: path.slice(path.lastIndexOf("/") + 1),
        parent_id: parentPath ? sections[parentPath]! : null,
        position,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    sections[path] = row.id;
  }
  const regions: Record<string, number> = {};
  for (const [position, slug] of REGION_SLUGS.entries()) {
    const row = await db
      .insertInto("regions")
      .values({ slug, position })
      .returning("id")
      .executeTakeFirstOrThrow();
    regions[slug] = row.id;
  }
  return { sections, regions };
}

export interface FixtureArticle {
  /** Reuse an article to add another edition's translation. */
  articleId?: number;
  kind?: ArticleKind;
  sectionPath?: string;
  regionSlug?: string | null;
  locale: Locale;
  title: string;
  summary: string;
  paragraphs: string[];
  /** "draft" never publishes; "published" publishes this text. */
  status?: "published" | "draft";
  publishedAt?: Date;
}

/** Adds an article (or a translation of one) and returns its id. */
export async function addFixtureArticle(
  db: Kysely<Database>,
  taxonomy: FixtureTaxonomy,
  input: FixtureArticle,
): Promise<number> {
  const articleId =
    input.articleId ??
    (
      await db
        .insertInto("articles")
        .values({
          kind: input.kind ?? "news",
          section_id: taxonomy.sections[input.sectionPath ?? "news"]!,
          region_id: input.regionSlug ? taxonomy.regions[input.regionSlug]! : null,
          dossier_id: null,
          original_locale: input.locale,
          source_name: null,
          lead_media_id: null,
          created_by: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const revisionId = await addRevision(db, articleId, input.locale, input);
  const published = (input.status ?? "published") === "published";
  await db
    .insertInto("translations")
    .values({ article_id: articleId, locale: input.locale, status: "draft", head_revision_id: revisionId })
    .execute();
  if (published) {
    await publishRevisions(db, [
      { articleId, locale: input.locale, revisionId, publishedAt: input.publishedAt ?? new Date() },
    ]);
  }
  await refreshSearchDocument(db, { articleId, locale: input.locale });
  return articleId;
}

/** Saves a new head revision (a draft edit); readers keep seeing the published one. */
export async function saveDraftEdit(
  db: Kysely<Database>,
  articleId: number,
  locale: Locale,
  text: Pick<FixtureArticle, "title" | "summary" | "paragraphs">,
): Promise<void> {
  const revisionId = await addRevision(db, articleId, locale, text);
  await db
    .updateTable("translations")
    .set({ head_revision_id: revisionId })
    .where("article_id", "=", articleId)
    .where("locale", "=", locale)
    .execute();
}

async function addRevision(
  db: Kysely<Database>,
  articleId: number,
  locale: Locale,
  text: Pick<FixtureArticle, "title" | "summary" | "paragraphs">,
): Promise<number> {
  const body: BodyBlock[] = text.paragraphs.map((paragraph) => ({
    type: "paragraph",
    content: [{ text: paragraph }],
  }));
  const row = await db
    .insertInto("revisions")
    .values({
      article_id: articleId,
      locale,
      title: text.title,
      slug: `article-${articleId}`,
      summary: text.summary,
      body: JSON.stringify(body),
      seo_title: null,
      seo_description: null,
      based_on_revision_id: null,
      source_revision_id: null,
      author_user_id: null,
      note: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
