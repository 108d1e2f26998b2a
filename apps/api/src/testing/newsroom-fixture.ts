import type { Database } from "@sahifa/db/database";
import { publishRevisions } from "@sahifa/db/publication/published-columns";
import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import { flattenSections, REGIONS } from "@sahifa/domain/taxonomy";
import type { TranslationStatus } from "@sahifa/domain/workflow";
import type { Kysely } from "kysely";

/**
 * A small newsroom with known facts for the API tests: which article is in
 * which edition, which translations are drafts, what is most read. (The demo
 * seed is for people; tests need data they can assert on exactly.)
 */

export const FIXTURE_NOW = new Date("2026-11-24T12:00:00.000Z");
export const FIRST_ID = 101;
export const ARTICLE_COUNT = 30;

const TITLES: Record<Locale, (n: number) => string> = {
  en: (n) => `Harbour town story number ${n}`,
  ar: (n) => `قصة المدينة الساحلية رقم ${n}`,
  es: (n) => `Historia del pueblo portuario número ${n}`,
};
const SLUGS: Record<Locale, (n: number) => string> = {
  en: (n) => `harbour-town-story-${n}`,
  ar: (n) => `قصة-المدينة-الساحلية-${n}`,
  es: (n) => `historia-del-pueblo-portuario-${n}`,
};

/** Article n (1-based) is published in English always, in Arabic when even, in Spanish when divisible by 3. */
export function publishedLocales(n: number): Locale[] {
  return ["en", ...(n % 2 === 0 ? (["ar"] as const) : []), ...(n % 3 === 0 ? (["es"] as const) : [])];
}

/** Translations that exist but are not published: readers must never see them. */
export const UNPUBLISHED: Array<{ n: number; locale: Locale; status: TranslationStatus }> = [
  { n: 1, locale: "es", status: "draft" },
  { n: 1, locale: "ar", status: "in_review" },
  { n: 5, locale: "ar", status: "archived" },
  { n: 7, locale: "es", status: "draft" },
];

export const SECTION_OF = (n: number) =>
  ["news/politics", "news/economy", "news/sports", "articles/opinion", "in-pictures"][n % 5]!;

export const idOf = (n: number) => FIRST_ID + n - 1;
export const titleOf = (locale: Locale, n: number) => TITLES[locale](n);
export const slugOf = (locale: Locale, n: number) => SLUGS[locale](n);
/** Article n was published n hours before FIXTURE_NOW: article 1 is the newest. */
export const publishedAtOf = (n: number) => new Date(FIXTURE_NOW.getTime() - n * 3_600_000);

/** The section tree and regions of the domain, with their labels; returns their ids. */
export async function insertTaxonomy(
  db: Kysely<Database>,
): Promise<{ sectionIds: Map<string, number>; regionIds: number[] }> {
  const sectionIds = new Map<string, number>();
  for (const [position, { path, parentPath, definition }] of flattenSections().entries()) {
    const { id } = await db
      .insertInto("sections")
      .values({
        path,
        slug: definition.slug,
        parent_id: parentPath ? (sectionIds.get(parentPath) ?? null) : null,
        position,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    sectionIds.set(path, id);
    await db
      .insertInto("section_labels")
      .values(
        (["en", "ar", "es"] as const).map((locale) => ({
          section_id: id,
          locale,
          label: definition.label[locale],
        })),
      )
      .execute();
  }
  const regionIds: number[] = [];
  for (const [position, region] of REGIONS.entries()) {
    const { id } = await db
      .insertInto("regions")
      .values({ slug: region.slug, position })
      .returning("id")
      .executeTakeFirstOrThrow();
    regionIds.push(id);
    await db
      .insertInto("region_labels")
      .values(
        (["en", "ar", "es"] as const).map((locale) => ({
          region_id: id,
          locale,
          label: region.label[locale],
        })),
      )
      .execute();
  }
  return { sectionIds, regionIds };
}

export async function insertNewsroomFixture(db: Kysely<Database>): Promise<void> {
  const { sectionIds, regionIds } = await insertTaxonomy(db);
  const tag = await db
    .insertInto("tags")
    .values({ slug: "climate" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("tag_labels")
    .values([
      { tag_id: tag.id, locale: "en", label: "Climate" },
      { tag_id: tag.id, locale: "ar", label: "المناخ" },
      { tag_id: tag.id, locale: "es", label: "Clima" },
    ])
    .execute();
  const author = await db
    .insertInto("authors")
    .values({ slug: "sara-haddad" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("author_labels")
    .values([
      { author_id: author.id, locale: "en", name: "Sara Haddad", bio: "Covers coastal towns." },
      { author_id: author.id, locale: "ar", name: "سارة حداد", bio: "تغطي شؤون المدن الساحلية." },
      { author_id: author.id, locale: "es", name: "Sara Haddad", bio: "Cubre los pueblos costeros." },
    ])
    .execute();
  const dossier = await db
    .insertInto("dossiers")
    .values({ slug: "harbour-future" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("dossier_labels")
    .values([
      {
        dossier_id: dossier.id,
        locale: "en",
        title: "The harbour's future",
        description: "How a small port plans ahead.",
      },
      {
        dossier_id: dossier.id,
        locale: "ar",
        title: "مستقبل الميناء",
        description: "كيف يخطط ميناء صغير لغده.",
      },
      {
        dossier_id: dossier.id,
        locale: "es",
        title: "El futuro del puerto",
        description: "Cómo planifica un puerto pequeño.",
      },
    ])
    .execute();
  const media = await db
    .insertInto("media")
    .values({
      kind: "image",
      path: "/media/test-lead.svg",
      mime_type: "image/svg+xml",
      width: 1200,
      height: 675,
      credit: "Sahifa",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("media_texts")
    .values([
      { media_id: media.id, locale: "en", alt: "Boats in a harbour", caption: "The harbour at dawn" },
      { media_id: media.id, locale: "ar", alt: "قوارب في ميناء", caption: "الميناء عند الفجر" },
      { media_id: media.id, locale: "es", alt: "Barcos en un puerto", caption: "El puerto al amanecer" },
    ])
    .execute();

  for (let n = 1; n <= ARTICLE_COUNT; n++) {
    const id = idOf(n);
    const publishedAt = publishedAtOf(n);
    await db
      .insertInto("articles")
      .values({
        id,
        kind: n % 5 === 3 ? "opinion" : "news",
        section_id: sectionIds.get(SECTION_OF(n))!,
        region_id: regionIds[n % regionIds.length] ?? null,
        dossier_id: n <= 6 ? dossier.id : null,
        original_locale: "en",
        source_name: n % 4 === 0 ? "Coastal Wire" : null,
        lead_media_id: media.id,
        share_count: n * 10,
        created_at: publishedAt,
        updated_at: publishedAt,
      })
      .execute();
    await db.insertInto("article_authors").values({ article_id: id, author_id: author.id }).execute();
    if (n % 2 === 1) await db.insertInto("article_tags").values({ article_id: id, tag_id: tag.id }).execute();

    const unpublished = UNPUBLISHED.filter((u) => u.n === n);
    for (const locale of [...publishedLocales(n), ...unpublished.map((u) => u.locale)]) {
      const status = unpublished.find((u) => u.locale === locale)?.status ?? "published";
      const body: BodyBlock[] = [
        {
          type: "paragraph",
          content: [{ text: `${titleOf(locale, n)}. `, marks: ["bold"] }, { text: "word ".repeat(300) }],
        },
        { type: "image", mediaId: media.id },
        ...(n === 2
          ? [{ type: "related", articleIds: [idOf(4), idOf(1), 999_999] } satisfies BodyBlock]
          : []),
      ];
      const revision = await db
        .insertInto("revisions")
        .values({
          article_id: id,
          locale,
          title: titleOf(locale, n),
          slug: slugOf(locale, n),
          summary: `Summary ${n} (${locale})`,
          body: JSON.stringify(body),
          created_at: publishedAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db
        .insertInto("translations")
        .values({
          article_id: id,
          locale,
          status: status === "published" ? "draft" : status,
          head_revision_id: revision.id,
        })
        .execute();
      if (status === "published") {
        await publishRevisions(db, [{ articleId: id, locale, revisionId: revision.id, publishedAt }]);
      }
    }
  }

  await db
    .insertInto("breaking_items")
    .values([
      {
        locale: "en",
        text: "Harbour reopens",
        created_at: new Date("2026-11-24T11:00:00Z"),
        expires_at: new Date("2026-11-24T18:00:00Z"),
        article_id: idOf(1),
      },
      {
        locale: "en",
        text: "Storm warning lifted",
        created_at: new Date("2026-11-24T11:30:00Z"),
        expires_at: new Date("2026-11-24T20:00:00Z"),
      },
      {
        locale: "en",
        text: "Old news",
        created_at: new Date("2026-11-23T08:00:00Z"),
        expires_at: new Date("2026-11-23T10:00:00Z"),
      },
      // Article 1 is only a draft in Arabic: the item must not link to it.
      {
        locale: "ar",
        text: "إعادة فتح الميناء",
        created_at: new Date("2026-11-24T11:00:00Z"),
        expires_at: new Date("2026-11-24T18:00:00Z"),
        article_id: idOf(1),
      },
    ])
    .execute();

  // Most read in English over 7 days: article 9, then 3; article 1's Spanish views are ignored (draft).
  await db
    .insertInto("article_views_daily")
    .values([
      { article_id: idOf(9), locale: "en", day: "2026-11-24", views: 500 },
      { article_id: idOf(9), locale: "en", day: "2026-11-20", views: 100 },
      { article_id: idOf(3), locale: "en", day: "2026-11-23", views: 400 },
      { article_id: idOf(2), locale: "en", day: "2026-11-01", views: 9000 },
      { article_id: idOf(1), locale: "es", day: "2026-11-24", views: 9000 },
      { article_id: idOf(6), locale: "es", day: "2026-11-24", views: 50 },
    ])
    .execute();
}
