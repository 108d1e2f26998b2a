import type { Locale } from "@sahifa/domain/locales";
import type { TranslationStatus } from "@sahifa/domain/workflow";
import { type Kysely, sql } from "kysely";
import type { Database } from "../database.ts";

/**
 * The only writer of the columns readers see on `translations` (note 006): the
 * workflow, the scheduler, the demo seed, the test fixtures and the benchmarks all
 * publish and withdraw through these functions, so the published text is always a
 * copy of one revision of that very translation, and nothing else.
 */

export interface Publication {
  articleId: number;
  locale: Locale;
  /** The revision readers see from now on; it must belong to this article and locale. */
  revisionId: number;
  publishedAt: Date;
}

/** Statements carry arrays, so a chunk this size is a few parameters, not thousands. */
const CHUNK = 5_000;

/**
 * Marks each translation published with its revision's slug, title and summary copied
 * from the revision row itself (never from the caller), and the source revision the text
 * was translated from. `first_published_at` keeps its first value. A revision of another
 * translation, or a translation that does not exist, throws: nothing is half-published
 * because the caller's transaction rolls back.
 */
export async function publishRevisions(
  db: Kysely<Database>,
  publications: readonly Publication[],
): Promise<void> {
  for (let start = 0; start < publications.length; start += CHUNK) {
    const chunk = publications.slice(start, start + CHUNK);
    const result = await sql`
      update translations t set
        status = 'published',
        published_revision_id = r.id,
        source_revision_id = r.source_revision_id,
        published_slug = r.slug,
        published_title = r.title,
        published_summary = r.summary,
        published_at = p.published_at,
        first_published_at = coalesce(t.first_published_at, p.published_at),
        updated_at = p.published_at
      from unnest(
        ${chunk.map((p) => p.articleId)}::int[],
        ${chunk.map((p) => p.locale)}::text[],
        ${chunk.map((p) => p.revisionId)}::int[],
        ${chunk.map((p) => p.publishedAt.toISOString())}::timestamptz[]
      ) as p(article_id, locale, revision_id, published_at)
      join revisions r on r.id = p.revision_id and r.article_id = p.article_id and r.locale = p.locale
      where t.article_id = p.article_id and t.locale = p.locale`.execute(db);
    const updated = Number(result.numAffectedRows ?? 0n);
    if (updated !== chunk.length) {
      throw new Error(
        `Published ${updated} of ${chunk.length} translations: a revision belongs to another translation, or a translation is missing.`,
      );
    }
  }
}

/**
 * Moves a published translation to `status` and clears everything readers saw, so no
 * reader query reaches its text even without a status filter.
 */
export async function withdrawPublication(
  db: Kysely<Database>,
  key: { articleId: number; locale: Locale },
  status: TranslationStatus,
  now: Date,
): Promise<void> {
  if (status === "published")
    throw new Error("Withdrawing a publication needs a status other than published.");
  await db
    .updateTable("translations")
    .set({
      status,
      updated_at: now,
      published_revision_id: null,
      source_revision_id: null,
      published_slug: null,
      published_title: null,
      published_summary: null,
      published_at: null,
    })
    .where("article_id", "=", key.articleId)
    .where("locale", "=", key.locale)
    .execute();
}

export interface PublishedColumnsDrift {
  articleId: number;
  locale: Locale;
  status: TranslationStatus;
}

/**
 * Translations whose reader columns disagree with their status or their published
 * revision: a published one that does not show exactly its revision's text, or an
 * unpublished one that still holds any published text. Empty when the invariant holds.
 */
export async function findPublishedColumnsDrift(db: Kysely<Database>): Promise<PublishedColumnsDrift[]> {
  const rows = await sql<{ article_id: number; locale: Locale; status: TranslationStatus }>`
    select t.article_id, t.locale, t.status
    from translations t
    left join revisions r on r.id = t.published_revision_id
    where case when t.status = 'published' then
        r.id is null
        or r.article_id <> t.article_id or r.locale <> t.locale
        or t.published_slug is distinct from r.slug
        or t.published_title is distinct from r.title
        or t.published_summary is distinct from r.summary
        or t.source_revision_id is distinct from r.source_revision_id
        or t.published_at is null or t.first_published_at is null
      else
        t.published_revision_id is not null or t.source_revision_id is not null
        or t.published_slug is not null or t.published_title is not null
        or t.published_summary is not null or t.published_at is not null
      end
    order by t.article_id, t.locale`.execute(db);
  return rows.rows.map((row) => ({ articleId: row.article_id, locale: row.locale, status: row.status }));
}
