import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";

/** Something of the taxonomy an edition lacks words for: which item, and which of its texts. */
export interface TaxonomyGap {
  kind: "section" | "region" | "tag" | "dossier" | "author";
  /** Section path, or region/tag/dossier/author slug. */
  key: string;
  /** "label", "title", "description", "name", "bio" or "role". */
  missing: string[];
}

/**
 * What an edition lacks: sections, regions and tags without a label in its language, dossiers
 * without a title or description, authors without a name, bio or role (desk bylines need no bio
 * or role). Listed in the order an editor works through them.
 */
export async function listTaxonomyGaps(db: Kysely<Database>, locale: Locale): Promise<TaxonomyGap[]> {
  const blank = (column: string) => sql<boolean>`coalesce(trim(${sql.ref(column)}), '') = ''`;
  const [sections, regions, tags, dossiers, authors] = await Promise.all([
    db
      .selectFrom("sections as s")
      .leftJoin("section_labels as l", (j) =>
        j.onRef("l.section_id", "=", "s.id").on("l.locale", "=", locale),
      )
      .select(["s.path as key", blank("l.label").as("noLabel")])
      .orderBy("s.path")
      .execute(),
    db
      .selectFrom("regions as r")
      .leftJoin("region_labels as l", (j) => j.onRef("l.region_id", "=", "r.id").on("l.locale", "=", locale))
      .select(["r.slug as key", blank("l.label").as("noLabel")])
      .orderBy("r.position")
      .execute(),
    db
      .selectFrom("tags as g")
      .leftJoin("tag_labels as l", (j) => j.onRef("l.tag_id", "=", "g.id").on("l.locale", "=", locale))
      .select(["g.slug as key", blank("l.label").as("noLabel")])
      .orderBy("g.slug")
      .execute(),
    db
      .selectFrom("dossiers as d")
      .leftJoin("dossier_labels as l", (j) =>
        j.onRef("l.dossier_id", "=", "d.id").on("l.locale", "=", locale),
      )
      .select(["d.slug as key", blank("l.title").as("noTitle"), blank("l.description").as("noDescription")])
      .orderBy("d.slug")
      .execute(),
    db
      .selectFrom("authors as a")
      .leftJoin("author_labels as l", (j) => j.onRef("l.author_id", "=", "a.id").on("l.locale", "=", locale))
      .select([
        "a.slug as key",
        "a.is_desk as isDesk",
        blank("l.name").as("noName"),
        blank("l.bio").as("noBio"),
        blank("l.role").as("noRole"),
      ])
      .orderBy("a.slug")
      .execute(),
  ]);
  const gaps: TaxonomyGap[] = [];
  const add = (kind: TaxonomyGap["kind"], key: string, missing: Array<string | false>) => {
    const named = missing.filter((m): m is string => m !== false);
    if (named.length) gaps.push({ kind, key, missing: named });
  };
  for (const s of sections) add("section", s.key, [s.noLabel && "label"]);
  for (const r of regions) add("region", r.key, [r.noLabel && "label"]);
  for (const g of tags) add("tag", g.key, [g.noLabel && "label"]);
  for (const d of dossiers) add("dossier", d.key, [d.noTitle && "title", d.noDescription && "description"]);
  for (const a of authors)
    add("author", a.key, [
      a.noName && "name",
      !a.isDesk && a.noBio && "bio",
      !a.isDesk && a.noRole && "role",
    ]);
  return gaps;
}
