import { type Kysely, sql } from "kysely";

// Frozen in time: imports nothing from the app.
//
// The sitemap index lists each edition's pages (ranges of 50,000 article ids) with their
// newest publication. Grouping every published translation read the whole table (2.4 s at a
// million articles, `pnpm bench:scale`); with this index each page's newest publication is one
// backward index probe.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index translations_sitemap_page_idx on translations (locale, ((article_id - 1) / 50000 + 1), published_at)
    where status = 'published' and published_revision_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index translations_sitemap_page_idx`.execute(db);
}
