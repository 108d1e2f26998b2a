import type { Locale } from "@sahifa/domain/locales";
import type { ArticleKind } from "@sahifa/domain/taxonomy";
import { isOutdated, type TranslationStatus } from "@sahifa/domain/workflow";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import type { TranslationKey } from "./revision-rows.ts";

/**
 * The desk's view of translations: every status, head and published pointers,
 * and the derived "outdated" flag. Never used for reader output.
 */
export interface DeskTranslation {
  articleId: number;
  locale: Locale;
  status: TranslationStatus;
  originalLocale: Locale;
  isOriginal: boolean;
  headRevisionId: number;
  publishedRevisionId: number | null;
  /**
   * The original's revision this translation's head was made from (null for
   * originals); the published one is `publishedSourceRevisionId`.
   */
  sourceRevisionId: number | null;
  publishedSourceRevisionId: number | null;
  /** The original's published revision now (null when the original is not published). */
  sourcePublishedRevisionId: number | null;
  /** The source was republished since the revision this translation was made from. */
  outdated: boolean;
  publishedSlug: string | null;
  firstPublishedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

function selectDeskTranslations(db: Kysely<Database>) {
  return db
    .selectFrom("translations as t")
    .innerJoin("articles as a", "a.id", "t.article_id")
    .innerJoin("revisions as h", "h.id", "t.head_revision_id")
    .leftJoin("translations as o", (join) =>
      join.onRef("o.article_id", "=", "t.article_id").onRef("o.locale", "=", "a.original_locale"),
    )
    .select([
      "t.article_id",
      "t.locale",
      "t.status",
      "a.original_locale",
      "t.head_revision_id",
      "t.published_revision_id",
      "h.source_revision_id as head_source_revision_id",
      "t.source_revision_id",
      "o.published_revision_id as source_published_revision_id",
      "t.published_slug",
      "t.first_published_at",
      "t.published_at",
      "t.updated_at",
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectDeskTranslations>["executeTakeFirstOrThrow"]>>;

function toDeskTranslation(row: Row): DeskTranslation {
  const isOriginal = row.locale === row.original_locale;
  const sourceRevisionId = isOriginal ? null : row.head_source_revision_id;
  return {
    articleId: row.article_id,
    locale: row.locale,
    status: row.status,
    originalLocale: row.original_locale,
    isOriginal,
    headRevisionId: row.head_revision_id,
    publishedRevisionId: row.published_revision_id,
    sourceRevisionId,
    publishedSourceRevisionId: row.source_revision_id,
    sourcePublishedRevisionId: isOriginal ? null : row.source_published_revision_id,
    outdated: !isOriginal && isOutdated({ sourceRevisionId }, row.source_published_revision_id),
    publishedSlug: row.published_slug,
    firstPublishedAt: row.first_published_at,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

export async function findDeskTranslation(
  db: Kysely<Database>,
  key: TranslationKey,
): Promise<DeskTranslation | undefined> {
  const row = await selectDeskTranslations(db)
    .where("t.article_id", "=", key.articleId)
    .where("t.locale", "=", key.locale)
    .executeTakeFirst();
  return row && toDeskTranslation(row);
}

export async function listDeskTranslations(
  db: Kysely<Database>,
  articleId: number,
): Promise<DeskTranslation[]> {
  const rows = await selectDeskTranslations(db)
    .where("t.article_id", "=", articleId)
    .orderBy("t.locale")
    .execute();
  return rows.map(toDeskTranslation);
}

/** An article's facts as the desk edits them (by path and slug). */
export interface DeskArticle {
  id: number;
  kind: ArticleKind;
  originalLocale: Locale;
  sectionPath: string;
  regionSlug: string | null;
  dossierSlug: string | null;
  tagSlugs: string[];
  authorSlugs: string[];
  sourceName: string | null;
  leadMediaId: number | null;
  createdBy: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export async function findDeskArticle(db: Kysely<Database>, id: number): Promise<DeskArticle | undefined> {
  const row = await db
    .selectFrom("articles as a")
    .innerJoin("sections as s", "s.id", "a.section_id")
    .leftJoin("regions as r", "r.id", "a.region_id")
    .leftJoin("dossiers as d", "d.id", "a.dossier_id")
    .select([
      "a.id",
      "a.kind",
      "a.original_locale",
      "s.path as section_path",
      "r.slug as region_slug",
      "d.slug as dossier_slug",
      "a.source_name",
      "a.lead_media_id",
      "a.created_by",
      "a.created_at",
      "a.updated_at",
    ])
    .where("a.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [tags, authors] = await Promise.all([
    db
      .selectFrom("article_tags as at")
      .innerJoin("tags as t", "t.id", "at.tag_id")
      .select("t.slug")
      .where("at.article_id", "=", id)
      .orderBy("at.position")
      .execute(),
    db
      .selectFrom("article_authors as aa")
      .innerJoin("authors as au", "au.id", "aa.author_id")
      .select("au.slug")
      .where("aa.article_id", "=", id)
      .orderBy("aa.position")
      .execute(),
  ]);
  return {
    id: row.id,
    kind: row.kind,
    originalLocale: row.original_locale,
    sectionPath: row.section_path,
    regionSlug: row.region_slug,
    dossierSlug: row.dossier_slug,
    tagSlugs: tags.map((t) => t.slug),
    authorSlugs: authors.map((a) => a.slug),
    sourceName: row.source_name,
    leadMediaId: row.lead_media_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
