import type { TranslationContent } from "@sahifa/domain/article";
import { validateTranslationContent } from "@sahifa/domain/block-validation";
import type { Locale } from "@sahifa/domain/locales";
import { slugify } from "@sahifa/domain/slug";
import type { Kysely } from "kysely";
import type { Database, NewRevision } from "../database.ts";
import type { Invalid } from "./desk-results.ts";

/** Content as a client sends it: the body is untrusted JSON; an empty slug is made from the title. */
export interface TranslationContentInput {
  title: string;
  slug?: string | null | undefined;
  summary: string;
  /** Required: validation refuses a missing body. Optional in the type because GraphQL JSON input is `unknown`. */
  body?: unknown;
  seoTitle?: string | null | undefined;
  seoDescription?: string | null | undefined;
}

/** Validates content for an edition with the domain's rules (blocks, links, sizes, slug). */
export function checkContent(
  input: TranslationContentInput,
  locale: Locale,
): { ok: true; value: TranslationContent } | Invalid {
  const slug = input.slug?.trim() || slugify(input.title, locale);
  const result = validateTranslationContent(
    {
      title: input.title,
      slug,
      summary: input.summary,
      body: input.body,
      seoTitle: input.seoTitle ?? null,
      seoDescription: input.seoDescription ?? null,
    },
    locale,
  );
  return result.ok ? result : { kind: "invalid", errors: result.errors };
}

export interface RevisionMeta {
  articleId: number;
  locale: Locale;
  basedOnRevisionId: number | null;
  sourceRevisionId: number | null;
  authorUserId: number | null;
  note?: string | null | undefined;
  createdAt?: Date | undefined;
}

/** Appends one revision; revisions are never updated or deleted. */
export async function appendRevision(
  db: Kysely<Database>,
  content: TranslationContent,
  meta: RevisionMeta,
): Promise<number> {
  const row: NewRevision = {
    article_id: meta.articleId,
    locale: meta.locale,
    title: content.title,
    slug: content.slug,
    summary: content.summary,
    body: JSON.stringify(content.body),
    seo_title: content.seoTitle ?? null,
    seo_description: content.seoDescription ?? null,
    based_on_revision_id: meta.basedOnRevisionId,
    source_revision_id: meta.sourceRevisionId,
    author_user_id: meta.authorUserId,
    note: meta.note ?? null,
    ...(meta.createdAt ? { created_at: meta.createdAt } : {}),
  };
  const inserted = await db.insertInto("revisions").values(row).returning("id").executeTakeFirstOrThrow();
  return inserted.id;
}
