import type { Locale } from "@sahifa/domain/locales";
import { isValidSlug, spellingKey } from "@sahifa/domain/slug";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";
import { type Invalid, invalid, type NotFound, notFound } from "./desk-results.ts";

/**
 * Translated labels of the taxonomy (sections, regions, tags, dossiers), one
 * per locale, set by editors of that locale. Sections and regions are fixed
 * by the domain's taxonomy; tags can be created here.
 */
export type TaxonomyKind = "section" | "region" | "tag" | "dossier";

export interface LabelInput {
  kind: TaxonomyKind;
  /** A section's path ("news/politics"), or the slug of a region, tag or dossier. */
  key: string;
  locale: Locale;
  label: string;
  /** Tags and dossiers: the description under the title. */
  description?: string | null | undefined;
}

const MAX_LABEL = 120;
const MAX_DESCRIPTION = 1_000;

export async function setTaxonomyLabel(
  db: Kysely<Database>,
  input: LabelInput,
): Promise<{ kind: "label_set"; label: string; description: string | null } | Invalid | NotFound> {
  const label = input.label.trim();
  if (label === "" || label.length > MAX_LABEL)
    return invalid("label", `Give a label of 1 to ${MAX_LABEL} characters.`);
  const description = input.description?.trim() ?? null;
  if (description && description.length > MAX_DESCRIPTION) {
    return invalid("description", `Keep the description under ${MAX_DESCRIPTION} characters.`);
  }
  const { locale } = input;
  switch (input.kind) {
    case "section": {
      const row = await db
        .selectFrom("sections")
        .select("id")
        .where("path", "=", input.key)
        .executeTakeFirst();
      if (!row) return notFound(`No section "${input.key}".`);
      await db
        .insertInto("section_labels")
        .values({ section_id: row.id, locale, label })
        .onConflict((oc) => oc.columns(["section_id", "locale"]).doUpdateSet({ label }))
        .execute();
      break;
    }
    case "region": {
      const row = await db
        .selectFrom("regions")
        .select("id")
        .where("slug", "=", input.key)
        .executeTakeFirst();
      if (!row) return notFound(`No region "${input.key}".`);
      await db
        .insertInto("region_labels")
        .values({ region_id: row.id, locale, label })
        .onConflict((oc) => oc.columns(["region_id", "locale"]).doUpdateSet({ label }))
        .execute();
      break;
    }
    case "tag": {
      const row = await db.selectFrom("tags").select("id").where("slug", "=", input.key).executeTakeFirst();
      if (!row) return notFound(`No tag "${input.key}"; create it first.`);
      const existing = await db
        .selectFrom("tag_labels")
        .select("description")
        .where("tag_id", "=", row.id)
        .where("locale", "=", locale)
        .executeTakeFirst();
      const text = description ?? existing?.description ?? "";
      await db
        .insertInto("tag_labels")
        .values({ tag_id: row.id, locale, label, description: text })
        .onConflict((oc) => oc.columns(["tag_id", "locale"]).doUpdateSet({ label, description: text }))
        .execute();
      return { kind: "label_set", label, description: text };
    }
    case "dossier": {
      const row = await db
        .selectFrom("dossiers")
        .select("id")
        .where("slug", "=", input.key)
        .executeTakeFirst();
      if (!row) return notFound(`No dossier "${input.key}".`);
      const existing = await db
        .selectFrom("dossier_labels")
        .select("description")
        .where("dossier_id", "=", row.id)
        .where("locale", "=", locale)
        .executeTakeFirst();
      const text = description ?? existing?.description ?? "";
      await db
        .insertInto("dossier_labels")
        .values({ dossier_id: row.id, locale, title: label, description: text })
        .onConflict((oc) =>
          oc.columns(["dossier_id", "locale"]).doUpdateSet({ title: label, description: text }),
        )
        .execute();
      return { kind: "label_set", label, description: text };
    }
  }
  return { kind: "label_set", label, description: null };
}

/** A new tag with its label in the creating editor's locale (other editions label it later). */
export async function createTag(
  db: Kysely<Database>,
  input: NewTag,
): Promise<{ kind: "tag_created"; id: number; slug: string } | Invalid> {
  return db.transaction().execute((trx) => insertTag(trx, input));
}

export interface NewTag {
  slug: string;
  locale: Locale;
  label: string;
}

/**
 * Creates a tag inside the caller's transaction, unless its slug or label is an
 * existing tag spelled another way ("Climate-change" for "climate change"): one
 * subject, one tag page.
 */
export async function insertTag(
  trx: Kysely<Database>,
  input: NewTag,
): Promise<{ kind: "tag_created"; id: number; slug: string } | Invalid> {
  const slug = input.slug.trim();
  // Tag slugs are shared by every edition: Latin only, like section paths.
  if (!isValidSlug(slug, "en"))
    return invalid("slug", 'Use lower-case Latin words joined by hyphens, e.g. "climate-talks".');
  const label = input.label.trim();
  if (label === "" || label.length > MAX_LABEL)
    return invalid("label", `Give a label of 1 to ${MAX_LABEL} characters.`);
  // Serialise tag creation so two editors creating "Climate" and "climate" at once get one tag.
  await sql`select pg_advisory_xact_lock(hashtext('sahifa:create-tag'))`.execute(trx);
  const similar = await findSimilarTag(trx, { slug, label });
  if (similar) {
    return invalid(
      similar.field,
      `The tag "${similar.slug}" (${similar.label}) already exists under another spelling: pick it instead.`,
    );
  }
  const tag = await trx.insertInto("tags").values({ slug }).returning("id").executeTakeFirstOrThrow();
  await trx.insertInto("tag_labels").values({ tag_id: tag.id, locale: input.locale, label }).execute();
  return { kind: "tag_created", id: tag.id, slug } as const;
}

async function findSimilarTag(db: Kysely<Database>, input: { slug: string; label: string }) {
  const slugKey = spellingKey(input.slug);
  const labelKey = spellingKey(input.label);
  const tags = await db
    .selectFrom("tags as t")
    .leftJoin("tag_labels as l", "l.tag_id", "t.id")
    .select(["t.slug", "l.label"])
    .execute();
  for (const tag of tags) {
    const keys = [spellingKey(tag.slug), ...(tag.label ? [spellingKey(tag.label)] : [])];
    const field = keys.includes(slugKey) ? "slug" : keys.includes(labelKey) ? "label" : null;
    if (field) return { slug: tag.slug, label: tag.label ?? tag.slug, field };
  }
  return null;
}

/** A coverage dossier with its title and description in the creating editor's locale. */
export async function createDossier(
  db: Kysely<Database>,
  input: { slug: string; locale: Locale; title: string; description?: string | null | undefined },
): Promise<{ kind: "dossier_created"; id: number; slug: string } | Invalid> {
  const slug = input.slug.trim();
  if (!isValidSlug(slug, "en"))
    return invalid("slug", 'Use lower-case Latin words joined by hyphens, e.g. "harbour-future".');
  const title = input.title.trim();
  if (title === "" || title.length > MAX_LABEL)
    return invalid("title", `Give a title of 1 to ${MAX_LABEL} characters.`);
  const description = input.description?.trim() ?? "";
  if (description.length > MAX_DESCRIPTION)
    return invalid("description", `Keep the description under ${MAX_DESCRIPTION} characters.`);
  return db.transaction().execute(async (trx) => {
    const dossier = await trx
      .insertInto("dossiers")
      .values({ slug })
      .onConflict((oc) => oc.column("slug").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!dossier) return invalid("slug", `The dossier "${slug}" already exists; set its title instead.`);
    await trx
      .insertInto("dossier_labels")
      .values({ dossier_id: dossier.id, locale: input.locale, title, description })
      .execute();
    return { kind: "dossier_created", id: dossier.id, slug } as const;
  });
}
