import { checkGlossary, type GlossaryIssue } from "@sahifa/domain/glossary";
import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { listGlossary } from "./glossary.ts";

/**
 * The glossary warnings of a translation's head: its blocks checked against the source
 * revision it was made from and the glossary of the pair (original locale → `locale`).
 * An original, or a pair without a glossary, has none.
 */
export async function glossaryIssuesOfHead(
  db: Kysely<Database>,
  { locale, headRevisionId }: { locale: Locale; headRevisionId: number },
): Promise<GlossaryIssue[]> {
  const row = await db
    .selectFrom("revisions as h")
    .innerJoin("revisions as s", "s.id", "h.source_revision_id")
    .select(["h.body as target", "s.body as source", "s.locale as source_locale"])
    .where("h.id", "=", headRevisionId)
    .executeTakeFirst();
  if (!row || row.source_locale === locale) return [];
  const pair = { sourceLocale: row.source_locale, targetLocale: locale };
  const terms = await listGlossary(db, pair);
  if (terms.length === 0) return [];
  return checkGlossary(row.source, row.target, terms, pair);
}
