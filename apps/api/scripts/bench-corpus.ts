import type { Database } from "@sahifa/db/database";
import { publishRevisions } from "@sahifa/db/publication/published-columns";
import type { Locale } from "@sahifa/domain/locales";
import { type Kysely, sql } from "kysely";
import { insertTaxonomy } from "../src/testing/newsroom-fixture.ts";

/**
 * A synthetic newsroom for the benchmark, written with set-based SQL so 10,000+
 * articles take seconds: every article in English, 60 % also in Arabic, 40 %
 * also in Spanish, a few Spanish drafts, 3 tags and 1–2 authors each, a
 * body of ~600 words, a week of view counts and breaking items per edition.
 */
export async function insertBenchCorpus(db: Kysely<Database>, articles: number): Promise<void> {
  await insertTaxonomy(db);
  await sql`insert into authors (slug) select 'author-' || g from generate_series(1, 60) g`.execute(db);
  await sql`insert into author_labels (author_id, locale, name, bio)
    select a.id, l, 'Author ' || a.id, '' from authors a, unnest(array['en', 'ar', 'es']) l`.execute(db);
  await sql`insert into tags (slug) select 'tag-' || g from generate_series(1, 300) g`.execute(db);
  await sql`insert into tag_labels (tag_id, locale, label)
    select t.id, l, 'Tag ' || t.id || ' ' || l from tags t, unnest(array['en', 'ar', 'es']) l`.execute(db);
  await sql`insert into dossiers (slug) select 'dossier-' || g from generate_series(1, 20) g`.execute(db);
  await sql`insert into dossier_labels (dossier_id, locale, title, description)
    select d.id, l, 'Dossier ' || d.id, 'About dossier ' || d.id from dossiers d, unnest(array['en', 'ar', 'es']) l`.execute(
    db,
  );
  await sql`insert into media (kind, path, mime_type, width, height, credit)
    select 'image', '/media/bench-' || g || '.svg', 'image/svg+xml', 1200, 675, 'Bench' from generate_series(1, 200) g`.execute(
    db,
  );
  await sql`insert into media_texts (media_id, locale, alt, caption)
    select m.id, l, 'Alt ' || m.id, 'Caption ' || m.id from media m, unnest(array['en', 'ar', 'es']) l`.execute(
    db,
  );

  await sql`insert into articles (id, kind, section_id, region_id, dossier_id, original_locale, source_name, lead_media_id, share_count, created_at, updated_at)
    select g, 'news',
      s.ids[1 + g % array_length(s.ids, 1)],
      r.ids[1 + g % array_length(r.ids, 1)],
      case when g % 10 = 0 then d.ids[1 + g % array_length(d.ids, 1)] end,
      'en', case when g % 4 = 0 then 'Wire' end,
      m.ids[1 + g % array_length(m.ids, 1)],
      g % 997, now() - g * interval '3 minutes', now() - g * interval '3 minutes'
    from generate_series(1, ${articles}::int) g,
      (select array_agg(id order by id) ids from sections) s,
      (select array_agg(id order by id) ids from regions) r,
      (select array_agg(id order by id) ids from dossiers) d,
      (select array_agg(id order by id) ids from media) m`.execute(db);
  await sql`insert into article_authors (article_id, author_id, position)
    select a.id, 1 + a.id % 60, 0 from articles a
    union all select a.id, 1 + (a.id * 7 + 3) % 60, 1 from articles a where a.id % 3 = 0 and (a.id * 7 + 3) % 60 <> a.id % 60`.execute(
    db,
  );
  await sql`insert into article_tags (article_id, tag_id, position)
    select a.id, t.tag_id, t.position from articles a,
      lateral (values (1 + a.id % 300, 0), (1 + (a.id * 7) % 300, 1), (1 + (a.id * 13) % 300, 2)) t(tag_id, position)
    on conflict do nothing`.execute(db);

  // Published translations: en for all, ar for 60 %, es for 40 %; es drafts on another 5 %.
  await sql`insert into revisions (article_id, locale, title, slug, summary, body, created_at)
    select a.id, l.locale,
      case l.locale when 'ar' then 'قصة رقم ' || a.id when 'es' then 'Noticia número ' || a.id else 'Story number ' || a.id end,
      case l.locale when 'ar' then 'قصة-رقم-' || a.id when 'es' then 'noticia-numero-' || a.id else 'story-number-' || a.id end,
      'Summary of story ' || a.id,
      (select jsonb_agg(jsonb_build_object('type', 'paragraph', 'content',
          jsonb_build_array(jsonb_build_object('text', repeat('Lorem ipsum dolor sit amet consectetur ', 12)))))
        from generate_series(1, 12)),
      a.created_at
    from articles a, (values ('en'), ('ar'), ('es')) l(locale)
    where l.locale = 'en' or (l.locale = 'ar' and a.id % 5 < 3) or (l.locale = 'es' and a.id % 5 < 2)
      or (l.locale = 'es' and a.id % 20 = 19)`.execute(db);
  await sql`insert into translations (article_id, locale, status, head_revision_id)
    select article_id, locale, 'draft', id from revisions`.execute(db);
  // Published through the one writer of the reader columns (note 006), a batch at a time: the Spanish drafts stay drafts.
  for (let after = 0; ; ) {
    const batch = await sql<{ id: number; article_id: number; locale: Locale; created_at: Date }>`
      select id, article_id, locale, created_at from revisions
      where id > ${after} and not (locale = 'es' and article_id % 20 = 19)
      order by id limit 5000`.execute(db);
    if (batch.rows.length === 0) break;
    await publishRevisions(
      db,
      batch.rows.map((r) => ({
        articleId: r.article_id,
        locale: r.locale,
        revisionId: r.id,
        publishedAt: r.created_at,
      })),
    );
    after = batch.rows.at(-1)!.id;
  }
  await sql`insert into article_views_daily (article_id, locale, day, views)
    select t.article_id, t.locale, current_date - d, (t.article_id * 31 + d * 17) % 1000
    from translations t, generate_series(0, 6) d
    where t.status = 'published' and t.article_id % 5 = 0`.execute(db);
  await sql`insert into breaking_items (locale, text, created_at, expires_at, article_id)
    select l, 'Breaking item ' || g, now() - g * interval '10 minutes', now() + interval '1 day', g * 5
    from unnest(array['en', 'ar', 'es']) l, generate_series(1, 6) g`.execute(db);
  await sql`analyze`.execute(db);
}
