import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// Two changes found by `pnpm bench:search` on 100,000 translations:
// - GIN's fast-update pending list made the planner prefer a sequential scan
//   (detoasting every document, ~0.8 s) until the next vacuum merged it.
//   Publishing is a few writes a minute: inserts may go straight into the
//   index. The pending list is merged once here.
// - The publication instant is kept beside the document, so search can order
//   and cap its candidates without joining every match to translations.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter index translation_search_document_idx set (fastupdate = off)`.execute(db);
  await sql`select gin_clean_pending_list('translation_search_document_idx'::regclass)`.execute(db);
  await sql`alter table translation_search add column published_at timestamptz`.execute(db);
  await sql`update translation_search s
    set published_at = coalesce(t.first_published_at, t.published_at, s.indexed_at)
    from translations t where t.article_id = s.article_id and t.locale = s.locale`.execute(db);
  await sql`update translation_search set published_at = indexed_at where published_at is null`.execute(db);
  await sql`alter table translation_search alter column published_at set not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table translation_search drop column published_at`.execute(db);
  await sql`alter index translation_search_document_idx reset (fastupdate)`.execute(db);
}
