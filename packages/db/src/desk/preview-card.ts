import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { ARTICLE_FACT_COLUMNS, type ArticleCard, toArticleCard } from "../reader/articles.ts";
import type { TranslationKey } from "./revision-rows.ts";

/**
 * An article as readers would see it if `revisionId` were published in its edition: the
 * translation fields come from that revision, the facts from the article. Undefined when the
 * revision is gone or belongs to another article or edition. Only preview tokens lead here.
 */
export async function findPreviewCard(
  db: Kysely<Database>,
  key: TranslationKey & { revisionId: number },
  now: Date,
): Promise<ArticleCard | undefined> {
  const row = await db
    .selectFrom("revisions as r")
    .innerJoin("articles as a", "a.id", "r.article_id")
    .innerJoin("translations as t", (join) =>
      join.onRef("t.article_id", "=", "r.article_id").onRef("t.locale", "=", "r.locale"),
    )
    .where("r.id", "=", key.revisionId)
    .where("r.article_id", "=", key.articleId)
    .where("r.locale", "=", key.locale)
    .select([
      ...ARTICLE_FACT_COLUMNS,
      "r.locale",
      "r.slug as published_slug",
      "r.title as published_title",
      "r.summary as published_summary",
      "r.id as published_revision_id",
      "t.first_published_at",
    ])
    .executeTakeFirst();
  // A draft shows as if published now; a published translation keeps its first publication date.
  return row && toArticleCard({ ...row, published_at: now, position_key: now.toISOString() });
}
