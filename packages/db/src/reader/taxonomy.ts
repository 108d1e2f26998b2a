import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { compiledOnce, perEdition } from "./memo.ts";

/**
 * Taxonomy for reader pages. Sections and regions are small and fixed, so
 * they come back whole with every label; tags, dossiers and authors come in
 * the asked locale (falling back to English, then the slug, when a label is
 * missing: a name is better than a hole in the page).
 */

export type Labels = Partial<Record<Locale, string>>;

export interface SectionNode {
  id: number;
  path: string;
  slug: string;
  parentId: number | null;
  position: number;
  labels: Labels;
}

/** Every section, parents before children, siblings by position. */
export async function listSections(db: Kysely<Database>): Promise<SectionNode[]> {
  const rows = await sectionRows(db, []);
  const byId = new Map<number, SectionNode>();
  for (const row of rows) {
    let node = byId.get(row.id);
    if (!node) {
      node = {
        id: row.id,
        path: row.path,
        slug: row.slug,
        parentId: row.parent_id,
        position: row.position,
        labels: {},
      };
      byId.set(row.id, node);
    }
    if (row.locale && row.label !== null) node.labels[row.locale] = row.label;
  }
  return [...byId.values()];
}

const sectionRows = compiledOnce((db) =>
  db
    .selectFrom("sections as s")
    .leftJoin("section_labels as l", "l.section_id", "s.id")
    .select(["s.id", "s.path", "s.slug", "s.parent_id", "s.position", "l.locale", "l.label"])
    .orderBy(sql`s.parent_id is not null`)
    .orderBy("s.position")
    .orderBy("s.id"),
);

export interface RegionNode {
  id: number;
  slug: string;
  position: number;
  labels: Labels;
}

export async function listRegions(db: Kysely<Database>): Promise<RegionNode[]> {
  const rows = await db
    .selectFrom("regions as r")
    .leftJoin("region_labels as l", "l.region_id", "r.id")
    .select(["r.id", "r.slug", "r.position", "l.locale", "l.label"])
    .orderBy("r.position")
    .orderBy("r.id")
    .execute();
  const byId = new Map<number, RegionNode>();
  for (const row of rows) {
    let node = byId.get(row.id);
    if (!node) {
      node = { id: row.id, slug: row.slug, position: row.position, labels: {} };
      byId.set(row.id, node);
    }
    if (row.locale && row.label !== null) node.labels[row.locale] = row.label;
  }
  return [...byId.values()];
}

export interface Tag {
  id: number;
  slug: string;
  label: string;
  description: string;
}

const tagsIn = perEdition((db: Kysely<Database>, locale: Locale) =>
  db
    .selectFrom("tags as g")
    .leftJoin("tag_labels as l", (join) => join.onRef("l.tag_id", "=", "g.id").on("l.locale", "=", locale))
    .leftJoin("tag_labels as en", (join) => join.onRef("en.tag_id", "=", "g.id").on("en.locale", "=", "en"))
    .select([
      "g.id",
      "g.slug",
      sql<string>`coalesce(l.label, en.label, g.slug)`.as("label"),
      // A description belongs with its label: another edition's text is not shown under this one's.
      sql<string>`case when l.label is not null then l.description else coalesce(en.description, '') end`.as(
        "description",
      ),
    ]),
);

export async function findTagsBySlug(
  db: Kysely<Database>,
  locale: Locale,
  slugs: readonly string[],
): Promise<Tag[]> {
  if (slugs.length === 0) return [];
  return tagsIn(db, locale)
    .where("g.slug", "in", [...slugs])
    .execute();
}

/** Tags of each article, in the article's tag order. */
export async function findTagsOfArticles(
  db: Kysely<Database>,
  locale: Locale,
  articleIds: readonly number[],
): Promise<Array<{ articleId: number; tag: Tag }>> {
  if (articleIds.length === 0) return [];
  const rows = await tagsOfArticles(db, articleIds, locale);
  return rows.map(({ article_id, ...tag }) => ({ articleId: article_id, tag }));
}
const tagsOfArticles = compiledOnce((db, articleIds: readonly number[], locale: Locale) =>
  tagsIn(db, locale)
    .innerJoin("article_tags as x", "x.tag_id", "g.id")
    .where("x.article_id", "in", [...articleIds])
    .select("x.article_id")
    .orderBy("x.article_id")
    .orderBy("x.position")
    .orderBy("g.id"),
);

/** Tags with at least one article published in the edition, by label. */
export async function listTags(db: Kysely<Database>, locale: Locale): Promise<Tag[]> {
  return tagsIn(db, locale)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("article_tags as x")
          .innerJoin("translations as t", "t.article_id", "x.article_id")
          .whereRef("x.tag_id", "=", "g.id")
          .where("t.locale", "=", locale)
          .where("t.status", "=", "published")
          .where("t.published_revision_id", "is not", null)
          .select("x.tag_id"),
      ),
    )
    .orderBy("label")
    .execute();
}

export interface Dossier {
  id: number;
  slug: string;
  active: boolean;
  title: string;
  description: string;
}

const dossiersIn = perEdition((db: Kysely<Database>, locale: Locale) =>
  db
    .selectFrom("dossiers as d")
    .leftJoin("dossier_labels as l", (join) =>
      join.onRef("l.dossier_id", "=", "d.id").on("l.locale", "=", locale),
    )
    .leftJoin("dossier_labels as en", (join) =>
      join.onRef("en.dossier_id", "=", "d.id").on("en.locale", "=", "en"),
    )
    .select([
      "d.id",
      "d.slug",
      "d.active",
      sql<string>`coalesce(l.title, en.title, d.slug)`.as("title"),
      sql<string>`coalesce(l.description, en.description, '')`.as("description"),
    ]),
);

export async function findDossiers(
  db: Kysely<Database>,
  locale: Locale,
  ids: readonly number[],
): Promise<Dossier[]> {
  if (ids.length === 0) return [];
  return dossiersIn(db, locale)
    .where("d.id", "in", [...ids])
    .execute();
}

export async function findDossiersBySlug(
  db: Kysely<Database>,
  locale: Locale,
  slugs: readonly string[],
): Promise<Dossier[]> {
  if (slugs.length === 0) return [];
  return dossiersIn(db, locale)
    .where("d.slug", "in", [...slugs])
    .execute();
}

export interface DossierListOptions {
  /** Only the running dossiers (true) or only the closed ones (false); both when absent. */
  active?: boolean;
  /** At most this many, for pages that show a few. */
  limit?: number;
}

/** Dossiers with at least one article published in the edition: active ones first, newest first. */
export async function listDossiers(
  db: Kysely<Database>,
  locale: Locale,
  options: DossierListOptions = {},
): Promise<Dossier[]> {
  return dossiersIn(db, locale)
    .$if(options.active !== undefined, (query) => query.where("d.active", "=", options.active === true))
    .$if(options.limit !== undefined, (query) => query.limit(options.limit ?? 0))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("articles as a")
          .innerJoin("translations as t", "t.article_id", "a.id")
          .whereRef("a.dossier_id", "=", "d.id")
          .where("t.locale", "=", locale)
          .where("t.status", "=", "published")
          .where("t.published_revision_id", "is not", null)
          .select("a.id"),
      ),
    )
    .orderBy("d.active", "desc")
    .orderBy("d.created_at", "desc")
    .orderBy("d.id", "desc")
    .execute();
}
