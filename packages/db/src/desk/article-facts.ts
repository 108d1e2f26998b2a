import { ARTICLE_KINDS, type ArticleKind } from "@sahifa/domain/taxonomy";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { type Invalid, invalid } from "./desk-results.ts";

/** Language-neutral facts of an article as the desk names them: by path and slug, as in URLs. */
export interface ArticleFactsInput {
  kind: string;
  sectionPath: string;
  regionSlug?: string | null | undefined;
  dossierSlug?: string | null | undefined;
  tagSlugs?: readonly string[] | null | undefined;
  authorSlugs?: readonly string[] | null | undefined;
  sourceName?: string | null | undefined;
  leadMediaId?: number | null | undefined;
  /** Tags to create with this change (label in the article's original language), added after tagSlugs. */
  newTags?: ReadonlyArray<{ slug: string; label: string }> | null | undefined;
}

export interface ResolvedFacts {
  kind: ArticleKind;
  sectionId: number;
  regionId: number | null;
  dossierId: number | null;
  tagIds: number[];
  authorIds: number[];
  sourceName: string | null;
  leadMediaId: number | null;
}

const MAX_SOURCE_NAME = 200;
const MAX_TAGS = 20;
const MAX_AUTHORS = 10;

/** Turns paths and slugs into ids, or names the field that points at nothing. */
export async function resolveFacts(
  db: Kysely<Database>,
  input: ArticleFactsInput,
): Promise<{ ok: true; value: ResolvedFacts } | Invalid> {
  if (!(ARTICLE_KINDS as readonly string[]).includes(input.kind)) {
    return invalid("kind", `Unknown kind "${input.kind}"; use one of ${ARTICLE_KINDS.join(", ")}.`);
  }
  const section = await db
    .selectFrom("sections")
    .select("id")
    .where("path", "=", input.sectionPath)
    .executeTakeFirst();
  if (!section)
    return invalid(
      "sectionPath",
      `No section "${input.sectionPath}"; use a section path such as "news/politics".`,
    );

  let regionId: number | null = null;
  if (input.regionSlug) {
    const region = await db
      .selectFrom("regions")
      .select("id")
      .where("slug", "=", input.regionSlug)
      .executeTakeFirst();
    if (!region) return invalid("regionSlug", `No region "${input.regionSlug}".`);
    regionId = region.id;
  }
  let dossierId: number | null = null;
  if (input.dossierSlug) {
    const dossier = await db
      .selectFrom("dossiers")
      .select("id")
      .where("slug", "=", input.dossierSlug)
      .executeTakeFirst();
    if (!dossier) return invalid("dossierSlug", `No dossier "${input.dossierSlug}".`);
    dossierId = dossier.id;
  }

  const tagSlugs = [...new Set(input.tagSlugs ?? [])];
  if (tagSlugs.length > MAX_TAGS) return invalid("tagSlugs", `At most ${MAX_TAGS} tags.`);
  const tags = tagSlugs.length
    ? await db.selectFrom("tags").select(["id", "slug"]).where("slug", "in", tagSlugs).execute()
    : [];
  const unknownTag = tagSlugs.find((slug) => !tags.some((t) => t.slug === slug));
  if (unknownTag !== undefined) return invalid("tagSlugs", `No tag "${unknownTag}"; create it first.`);

  const authorSlugs = [...new Set(input.authorSlugs ?? [])];
  if (authorSlugs.length > MAX_AUTHORS) return invalid("authorSlugs", `At most ${MAX_AUTHORS} authors.`);
  const authors = authorSlugs.length
    ? await db.selectFrom("authors").select(["id", "slug"]).where("slug", "in", authorSlugs).execute()
    : [];
  const unknownAuthor = authorSlugs.find((slug) => !authors.some((a) => a.slug === slug));
  if (unknownAuthor !== undefined) return invalid("authorSlugs", `No author "${unknownAuthor}".`);

  const sourceName = input.sourceName?.trim() || null;
  if (sourceName && sourceName.length > MAX_SOURCE_NAME) {
    return invalid("sourceName", `Keep the source name under ${MAX_SOURCE_NAME} characters.`);
  }
  let leadMediaId: number | null = null;
  if (input.leadMediaId != null) {
    const media = await db
      .selectFrom("media")
      .select("id")
      .where("id", "=", input.leadMediaId)
      .executeTakeFirst();
    if (!media)
      return invalid("leadMediaId", `No media ${input.leadMediaId}; upload it to the media library first.`);
    leadMediaId = media.id;
  }

  return {
    ok: true,
    value: {
      kind: input.kind as ArticleKind,
      sectionId: section.id,
      regionId,
      dossierId,
      // In the order the desk gave them: it is the byline and tag order.
      tagIds: tagSlugs.map((slug) => tags.find((t) => t.slug === slug)?.id as number),
      authorIds: authorSlugs.map((slug) => authors.find((a) => a.slug === slug)?.id as number),
      sourceName,
      leadMediaId,
    },
  };
}

/** Replaces an article's authors and tags with the resolved lists. */
export async function writeArticleLinks(db: Kysely<Database>, articleId: number, facts: ResolvedFacts) {
  await db.deleteFrom("article_authors").where("article_id", "=", articleId).execute();
  await db.deleteFrom("article_tags").where("article_id", "=", articleId).execute();
  if (facts.authorIds.length) {
    await db
      .insertInto("article_authors")
      .values(facts.authorIds.map((author_id, position) => ({ article_id: articleId, author_id, position })))
      .execute();
  }
  if (facts.tagIds.length) {
    await db
      .insertInto("article_tags")
      .values(facts.tagIds.map((tag_id, position) => ({ article_id: articleId, tag_id, position })))
      .execute();
  }
}
