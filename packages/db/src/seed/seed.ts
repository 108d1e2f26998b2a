import { validateTranslationContent } from "@sahifa/domain/block-validation";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { LOCALES, type Locale } from "@sahifa/domain/locales";
import { slugify } from "@sahifa/domain/slug";
import { flattenSections, REGIONS } from "@sahifa/domain/taxonomy";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../database.ts";
import { withLiveTables } from "../live/live-updates.table.ts";
import { mediaUrlPath } from "../media-files.ts";
import { publishRevisions } from "../publication/published-columns.ts";
import { syncSearchIndex } from "../search/search-document.ts";
import { DEMO_BREAKING } from "./content/breaking.ts";
import { DEMO_DOSSIERS } from "./content/dossiers.ts";
import { DEMO_LIVE_UPDATES } from "./content/live-updates.ts";
import {
  DEMO_ARTICLES,
  demoMediaCatalogue,
  FIRST_ARTICLE_ID,
  leadMediaKey,
  SEED_AUTHORS,
  SEED_TAGS,
} from "./demo-newsroom.ts";
import { hashString } from "./random.ts";
import { resolveSeedBody } from "./seed-body.ts";
import type { SeedArticle, SeedLiveUpdate, SeedMedia } from "./seed-types.ts";
import { seedDailyViews } from "./seed-views.ts";

export { DEMO_ARTICLES, FIRST_ARTICLE_ID } from "./demo-newsroom.ts";

export interface SeedOptions {
  /** The moment the newsroom is seeded "at": publication times, breaking items and views count back from it. */
  now?: Date;
}

/** Rows this run created; a second run reports zeros. */
export interface SeedReport {
  articles: number;
  translations: number;
  media: number;
  breakingItems: number;
  liveUpdates: number;
  viewRows: number;
  searchDocuments: number;
}

type Trx = Transaction<Database>;

const HOUR_MS = 3_600_000;
const BREAKING_LIFETIME_MS = 24 * HOUR_MS;
// Arbitrary constant naming the seed's advisory lock: two processes starting at once seed once.
const SEED_LOCK = 7_246_115;
const CHUNK = 400;

/** Stable id of a demo article: its position in DEMO_ARTICLES from FIRST_ARTICLE_ID. */
export function demoArticleId(key: string): number {
  const index = DEMO_ARTICLES.findIndex((article) => article.key === key);
  if (index < 0) throw new Error(`Unknown demo article "${key}"`);
  return FIRST_ARTICLE_ID + index;
}

/**
 * Loads the demo newsroom. Idempotent: everything is keyed by slug, path or
 * stable article id, existing rows are left as they are (desk edits survive),
 * and the whole load runs in one transaction under an advisory lock.
 */
export async function seedDemoNewsroom(db: Kysely<Database>, options: SeedOptions = {}): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const media = demoMediaCatalogue();
  checkSeedContent(DEMO_ARTICLES, media);
  checkLiveUpdates(DEMO_ARTICLES, DEMO_LIVE_UPDATES);

  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    const sectionIds = await seedSections(trx);
    const regionIds = await seedRegions(trx);
    const tagIds = await seedTags(trx);
    const authorIds = await seedAuthors(trx);
    const dossierIds = await seedDossiers(trx, now);
    const { ids: mediaIds, created: mediaCreated } = await seedMedia(trx, media, now);
    const articles = await seedArticles(trx, now, {
      sectionIds,
      regionIds,
      tagIds,
      authorIds,
      dossierIds,
      mediaIds,
    });
    const breakingItems = await seedBreaking(trx, now);
    const liveUpdates = await seedLiveUpdates(trx, now);
    // Search documents are built by the application, not by a trigger: index what the seed published.
    const searchDocuments = await syncSearchIndex(trx);
    return { ...articles, media: mediaCreated, breakingItems, liveUpdates, searchDocuments };
  });
}

/** Throws, listing every problem, when content files reference unknown sections, tags, authors, media or articles. */
export function checkSeedContent(articles: readonly SeedArticle[], media: readonly SeedMedia[]): void {
  const problems: string[] = [];
  const sections = new Set(flattenSections().map((s) => s.path));
  const regions = new Set(REGIONS.map((r) => r.slug));
  const tags = new Set(SEED_TAGS.map((t) => t.slug));
  const authors = new Set(SEED_AUTHORS.map((a) => a.slug));
  const dossiers = new Set(DEMO_DOSSIERS.map((d) => d.slug));
  const mediaKeys = new Set(media.map((m) => m.key));
  const keys = new Set<string>();
  for (const article of articles) {
    const at = `article ${article.key}`;
    if (keys.has(article.key)) problems.push(`${at}: duplicate key`);
    keys.add(article.key);
    if (!sections.has(article.section)) problems.push(`${at}: unknown section ${article.section}`);
    if (article.region && !regions.has(article.region))
      problems.push(`${at}: unknown region ${article.region}`);
    if (article.dossier && !dossiers.has(article.dossier))
      problems.push(`${at}: unknown dossier ${article.dossier}`);
    for (const tag of article.tags) if (!tags.has(tag)) problems.push(`${at}: unknown tag ${tag}`);
    for (const author of article.authors)
      if (!authors.has(author)) problems.push(`${at}: unknown author ${author}`);
    if (article.authors.length === 0) problems.push(`${at}: no author`);
    if (!article.translations[article.originalLocale])
      problems.push(`${at}: no ${article.originalLocale} original`);
    const unpublished = article.unpublished ?? {};
    if (
      unpublished[article.originalLocale] &&
      LOCALES.some((l) => article.translations[l] && !unpublished[l])
    ) {
      problems.push(`${at}: translations published while the original is not`);
    }
    if (!mediaKeys.has(leadMediaKey(article))) problems.push(`${at}: no lead media`);
  }
  for (const article of articles) {
    for (const [locale, translation] of Object.entries(article.translations)) {
      for (const block of translation?.body ?? []) {
        if (block.type === "related") {
          for (const key of block.articles) {
            if (!keys.has(key))
              problems.push(`article ${article.key} (${locale}): related to unknown ${key}`);
          }
        }
      }
    }
  }
  if (problems.length > 0) throw new Error(`Demo content is inconsistent:\n${problems.join("\n")}`);
}

/** Throws, listing every problem, when a live update is not for a live story published in its edition. */
export function checkLiveUpdates(articles: readonly SeedArticle[], updates: readonly SeedLiveUpdate[]): void {
  const problems: string[] = [];
  const byKey = new Map(articles.map((article) => [article.key, article]));
  for (const update of updates) {
    const at = `live update ${update.article} (${update.locale}, ${update.minutesAgo} min)`;
    const article = byKey.get(update.article);
    if (!article) problems.push(`${at}: unknown article`);
    else if (article.kind !== "live") problems.push(`${at}: not a live story`);
    else if (!article.translations[update.locale] || article.unpublished?.[update.locale])
      problems.push(`${at}: not published in ${update.locale}`);
    if (update.body.trim() === "") problems.push(`${at}: no text`);
  }
  if (problems.length > 0) throw new Error(`Demo live updates are inconsistent:\n${problems.join("\n")}`);
}

async function insertInChunks<T>(
  rows: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

async function seedSections(trx: Trx): Promise<Map<string, number>> {
  const sections = flattenSections();
  const ids = new Map<string, number>();
  const depth = (path: string) => path.split("/").length;
  const maxDepth = Math.max(...sections.map((s) => depth(s.path)));
  // Parents before children: a level can only be inserted once its parents have ids.
  for (let level = 1; level <= maxDepth; level++) {
    const rows = sections
      .filter((s) => depth(s.path) === level)
      .map((s) => {
        const siblings = sections.filter((other) => other.parentPath === s.parentPath);
        return {
          path: s.path,
          slug: s.definition.slug,
          parent_id: s.parentPath ? (ids.get(s.parentPath) ?? null) : null,
          position: siblings.indexOf(s),
        };
      });
    if (rows.length === 0) continue;
    await trx
      .insertInto("sections")
      .values(rows)
      .onConflict((oc) => oc.column("path").doNothing())
      .execute();
    const stored = await trx
      .selectFrom("sections")
      .select(["id", "path"])
      .where(
        "path",
        "in",
        rows.map((r) => r.path),
      )
      .execute();
    for (const row of stored) ids.set(row.path, row.id);
  }
  const labels = sections.flatMap((s) =>
    LOCALES.map((locale) => ({ section_id: ids.get(s.path)!, locale, label: s.definition.label[locale] })),
  );
  await trx
    .insertInto("section_labels")
    .values(labels)
    .onConflict((oc) => oc.columns(["section_id", "locale"]).doNothing())
    .execute();
  return ids;
}

async function seedRegions(trx: Trx): Promise<Map<string, number>> {
  await trx
    .insertInto("regions")
    .values(REGIONS.map((r, position) => ({ slug: r.slug, position })))
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  const ids = await idsBySlug(
    trx,
    "regions",
    REGIONS.map((r) => r.slug),
  );
  await trx
    .insertInto("region_labels")
    .values(
      REGIONS.flatMap((r) =>
        LOCALES.map((locale) => ({ region_id: ids.get(r.slug)!, locale, label: r.label[locale] })),
      ),
    )
    .onConflict((oc) => oc.columns(["region_id", "locale"]).doNothing())
    .execute();
  return ids;
}

async function seedTags(trx: Trx): Promise<Map<string, number>> {
  await trx
    .insertInto("tags")
    .values(SEED_TAGS.map((t) => ({ slug: t.slug })))
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  const ids = await idsBySlug(
    trx,
    "tags",
    SEED_TAGS.map((t) => t.slug),
  );
  await trx
    .insertInto("tag_labels")
    .values(
      SEED_TAGS.flatMap((t) =>
        LOCALES.map((locale) => ({ tag_id: ids.get(t.slug)!, locale, label: t.label[locale] })),
      ),
    )
    .onConflict((oc) => oc.columns(["tag_id", "locale"]).doNothing())
    .execute();
  return ids;
}

async function seedAuthors(trx: Trx): Promise<Map<string, number>> {
  await trx
    .insertInto("authors")
    .values(SEED_AUTHORS.map((a) => ({ slug: a.slug, is_desk: a.isDesk ?? false })))
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  const ids = await idsBySlug(
    trx,
    "authors",
    SEED_AUTHORS.map((a) => a.slug),
  );
  await trx
    .insertInto("author_labels")
    .values(
      SEED_AUTHORS.flatMap((a) =>
        LOCALES.map((locale) => ({
          author_id: ids.get(a.slug)!,
          locale,
          name: a.name[locale],
          bio: a.bio[locale],
        })),
      ),
    )
    .onConflict((oc) => oc.columns(["author_id", "locale"]).doNothing())
    .execute();
  return ids;
}

async function seedDossiers(trx: Trx, now: Date): Promise<Map<string, number>> {
  await trx
    .insertInto("dossiers")
    .values(
      DEMO_DOSSIERS.map((d, i) => ({
        slug: d.slug,
        active: d.active ?? true,
        created_at: new Date(now.getTime() - (30 + i * 7) * 24 * HOUR_MS),
      })),
    )
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  const ids = await idsBySlug(
    trx,
    "dossiers",
    DEMO_DOSSIERS.map((d) => d.slug),
  );
  await trx
    .insertInto("dossier_labels")
    .values(
      DEMO_DOSSIERS.flatMap((d) =>
        LOCALES.map((locale) => ({
          dossier_id: ids.get(d.slug)!,
          locale,
          title: d.title[locale],
          description: d.description[locale],
        })),
      ),
    )
    .onConflict((oc) => oc.columns(["dossier_id", "locale"]).doNothing())
    .execute();
  return ids;
}

async function idsBySlug(
  trx: Trx,
  table: "regions" | "tags" | "authors" | "dossiers",
  slugs: readonly string[],
): Promise<Map<string, number>> {
  const rows = await trx
    .selectFrom(table)
    .select(["id", "slug"])
    .where("slug", "in", [...slugs])
    .execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}

async function seedMedia(
  trx: Trx,
  media: readonly SeedMedia[],
  now: Date,
): Promise<{ ids: Map<string, number>; created: number }> {
  let created = 0;
  await insertInChunks(media, async (chunk) => {
    const inserted = await trx
      .insertInto("media")
      .values(
        chunk.map((m) => ({
          kind: "image" as const,
          path: mediaUrlPath(m.key),
          mime_type: "image/svg+xml",
          width: m.width,
          height: m.height,
          credit: m.credit,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.column("path").doNothing())
      .returning("id")
      .execute();
    created += inserted.length;
  });
  const byPath = new Map<string, number>();
  await insertInChunks(media, async (chunk) => {
    const rows = await trx
      .selectFrom("media")
      .select(["id", "path"])
      .where(
        "path",
        "in",
        chunk.map((m) => mediaUrlPath(m.key)),
      )
      .execute();
    for (const row of rows) if (row.path !== null) byPath.set(row.path, row.id);
  });
  const ids = new Map(media.map((m) => [m.key, byPath.get(mediaUrlPath(m.key))!]));
  const texts = media.flatMap((m) =>
    LOCALES.map((locale) => ({
      media_id: ids.get(m.key)!,
      locale,
      alt: m.alt[locale],
      caption: m.caption[locale],
    })),
  );
  await insertInChunks(texts, (chunk) =>
    trx
      .insertInto("media_texts")
      .values(chunk)
      .onConflict((oc) => oc.columns(["media_id", "locale"]).doNothing())
      .execute(),
  );
  return { ids, created };
}

interface TaxonomyIds {
  sectionIds: Map<string, number>;
  regionIds: Map<string, number>;
  tagIds: Map<string, number>;
  authorIds: Map<string, number>;
  dossierIds: Map<string, number>;
  mediaIds: Map<string, number>;
}

interface PlannedTranslation {
  article: SeedArticle;
  articleId: number;
  locale: Locale;
  isOriginal: boolean;
  status: "published" | "draft" | "in_review";
  at: Date;
  title: string;
  slug: string;
  summary: string;
  body: BodyBlock[];
}

/** When a translation went out: the original at publishedHoursAgo, others 1–6 hours later (never in the future). */
function translationTime(article: SeedArticle, locale: Locale, now: Date): Date {
  const original = now.getTime() - article.publishedHoursAgo * HOUR_MS;
  if (locale === article.originalLocale) return new Date(original);
  const delay = (1 + (hashString(`${article.key}:${locale}`) % 6)) * HOUR_MS;
  const latest = now.getTime() - 5 * 60_000;
  return new Date(Math.max(original, Math.min(original + delay, latest)));
}

async function seedArticles(
  trx: Trx,
  now: Date,
  ids: TaxonomyIds,
): Promise<{ articles: number; translations: number; viewRows: number }> {
  const allIds = DEMO_ARTICLES.map((_, i) => FIRST_ARTICLE_ID + i);
  const existing = new Set(
    (await trx.selectFrom("articles").select("id").where("id", "in", allIds).execute()).map((r) => r.id),
  );
  const fresh = DEMO_ARTICLES.map((article, i) => ({ article, id: FIRST_ARTICLE_ID + i })).filter(
    ({ id }) => !existing.has(id),
  );
  if (fresh.length === 0) return { articles: 0, translations: 0, viewRows: 0 };

  const resolver = {
    mediaId: (key: string) => {
      const id = ids.mediaIds.get(key);
      if (id === undefined) throw new Error(`Unknown media "${key}"`);
      return id;
    },
    articleId: demoArticleId,
  };
  const planned: PlannedTranslation[] = fresh.flatMap(({ article, id }) =>
    LOCALES.flatMap((locale): PlannedTranslation[] => {
      const translation = article.translations[locale];
      if (!translation) return [];
      // The same validation the desk's writes go through: the demo must be content the platform accepts.
      const checked = validateTranslationContent(
        {
          title: translation.title,
          slug: translation.slug ?? slugify(translation.title, locale),
          summary: translation.summary,
          body: resolveSeedBody(translation.body, resolver),
        },
        locale,
      );
      if (!checked.ok) {
        const problems = checked.errors.map((e) => `${e.blockIndex ?? ""} ${e.field}: ${e.message}`);
        throw new Error(`Article ${article.key} (${locale}) is invalid:\n${problems.join("\n")}`);
      }
      return [
        {
          article,
          articleId: id,
          locale,
          isOriginal: locale === article.originalLocale,
          status: article.unpublished?.[locale] ?? "published",
          at: translationTime(article, locale, now),
          title: checked.value.title,
          slug: checked.value.slug,
          summary: checked.value.summary,
          body: checked.value.body,
        },
      ];
    }),
  );
  await disambiguateSlugs(trx, planned);

  await trx
    .insertInto("articles")
    .values(
      fresh.map(({ article, id }) => {
        const times = planned.filter((t) => t.articleId === id).map((t) => t.at.getTime());
        return {
          id,
          kind: article.kind,
          section_id: ids.sectionIds.get(article.section)!,
          region_id: article.region ? ids.regionIds.get(article.region)! : null,
          dossier_id: article.dossier ? ids.dossierIds.get(article.dossier)! : null,
          original_locale: article.originalLocale,
          source_name: article.sourceName ?? null,
          lead_media_id: ids.mediaIds.get(leadMediaKey(article))!,
          share_count: article.shareCount,
          created_at: new Date(Math.min(...times)),
          updated_at: new Date(Math.max(...times)),
        };
      }),
    )
    .execute();
  // Explicit ids bypass the identity sequence; move it past them so desk-created articles never collide.
  await sql`select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles))`.execute(
    trx,
  );

  await trx
    .insertInto("article_authors")
    .values(
      fresh.flatMap(({ article, id }) =>
        article.authors.map((slug, position) => ({
          article_id: id,
          author_id: ids.authorIds.get(slug)!,
          position,
        })),
      ),
    )
    .execute();
  const tagRows = fresh.flatMap(({ article, id }) =>
    article.tags.map((slug, position) => ({ article_id: id, tag_id: ids.tagIds.get(slug)!, position })),
  );
  await insertInChunks(tagRows, (chunk) => trx.insertInto("article_tags").values(chunk).execute());

  // Originals first: every other edition's revision records the original revision it was translated from.
  const revisionIds = new Map<string, number>();
  const keyOf = (articleId: number, locale: Locale) => `${articleId}:${locale}`;
  for (const originals of [true, false]) {
    const batch = planned.filter((t) => t.isOriginal === originals);
    await insertInChunks(batch, async (chunk) => {
      const rows = await trx
        .insertInto("revisions")
        .values(
          chunk.map((t) => ({
            article_id: t.articleId,
            locale: t.locale,
            title: t.title,
            slug: t.slug,
            summary: t.summary,
            body: JSON.stringify(t.body),
            source_revision_id: t.isOriginal
              ? null
              : (revisionIds.get(keyOf(t.articleId, t.article.originalLocale)) ?? null),
            note: t.isOriginal ? "Demo newsroom: original" : "Demo newsroom: translation",
            created_at: t.at,
          })),
        )
        .returning(["id", "article_id", "locale"])
        .execute();
      for (const row of rows) revisionIds.set(keyOf(row.article_id, row.locale), row.id);
    });
  }

  await insertInChunks(planned, (chunk) =>
    trx
      .insertInto("translations")
      .values(
        chunk.map((t) => ({
          article_id: t.articleId,
          locale: t.locale,
          status: t.status === "published" ? "draft" : t.status,
          head_revision_id: revisionIds.get(keyOf(t.articleId, t.locale))!,
          updated_at: t.at,
        })),
      )
      .execute(),
  );
  // Published like the desk publishes: the reader columns are copied from the revision by their one writer (note 006).
  await publishRevisions(
    trx,
    planned
      .filter((t) => t.status === "published")
      .map((t) => ({
        articleId: t.articleId,
        locale: t.locale,
        revisionId: revisionIds.get(keyOf(t.articleId, t.locale))!,
        publishedAt: t.at,
      })),
  );

  const viewRows = planned
    .filter((t) => t.status === "published")
    .flatMap((t) =>
      seedDailyViews({
        articleKey: t.article.key,
        locale: t.locale,
        publishedAt: t.at,
        now,
        shareCount: t.article.shareCount,
      }).map(({ day, views }) => ({ article_id: t.articleId, locale: t.locale, day, views })),
    );
  await insertInChunks(viewRows, (chunk) =>
    trx
      .insertInto("article_views_daily")
      .values(chunk)
      .onConflict((oc) => oc.columns(["locale", "day", "article_id"]).doNothing())
      .execute(),
  );

  return { articles: fresh.length, translations: planned.length, viewRows: viewRows.length };
}

/** Published slugs are unique per edition: a clash (within the seed or with the desk's stories) gets the id appended. */
async function disambiguateSlugs(trx: Trx, planned: PlannedTranslation[]): Promise<void> {
  const taken = new Set(
    (
      await trx
        .selectFrom("translations")
        .select(["locale", "published_slug"])
        .where(
          "published_slug",
          "in",
          planned.map((t) => t.slug),
        )
        .execute()
    ).map((row) => `${row.locale}:${row.published_slug}`),
  );
  for (const t of planned) {
    if (taken.has(`${t.locale}:${t.slug}`)) t.slug = `${t.slug}-${t.articleId}`;
    taken.add(`${t.locale}:${t.slug}`);
  }
}

async function seedBreaking(trx: Trx, now: Date): Promise<number> {
  const existing = new Set(
    (await trx.selectFrom("breaking_items").select(["locale", "text"]).execute()).map(
      (r) => `${r.locale}:${r.text}`,
    ),
  );
  const articleIds = new Set((await trx.selectFrom("articles").select("id").execute()).map((r) => r.id));
  const rows = DEMO_BREAKING.filter((item) => !existing.has(`${item.locale}:${item.text}`)).map((item) => {
    const articleId = item.article ? demoArticleId(item.article) : null;
    return {
      locale: item.locale,
      text: item.text,
      attribution: item.attribution ?? null,
      article_id: articleId !== null && articleIds.has(articleId) ? articleId : null,
      created_at: new Date(now.getTime() - item.minutesAgo * 60_000),
      expires_at: new Date(now.getTime() + BREAKING_LIFETIME_MS),
    };
  });
  if (rows.length > 0) await trx.insertInto("breaking_items").values(rows).execute();
  return rows.length;
}

/**
 * The demo live story's updates, oldest first so their ids follow time (readers list them
 * by id). Keyed by story, edition and text: a second run adds nothing, and updates the
 * desk posted since are left alone.
 */
async function seedLiveUpdates(trx: Trx, now: Date): Promise<number> {
  const live = withLiveTables(trx);
  const existing = new Set(
    (await live.selectFrom("live_updates").select(["article_id", "locale", "body"]).execute()).map(
      (row) => `${row.article_id}:${row.locale}:${row.body}`,
    ),
  );
  const rows = DEMO_LIVE_UPDATES.map((update) => ({ update, articleId: demoArticleId(update.article) }))
    .filter(({ update, articleId }) => !existing.has(`${articleId}:${update.locale}:${update.body}`))
    .sort((a, b) => b.update.minutesAgo - a.update.minutesAgo)
    .map(({ update, articleId }) => ({
      article_id: articleId,
      locale: update.locale,
      title: update.title ?? null,
      body: update.body,
      created_at: new Date(now.getTime() - update.minutesAgo * 60_000),
    }));
  // One statement inserts in the order given, so ids rise with created_at.
  if (rows.length > 0) await live.insertInto("live_updates").values(rows).execute();
  return rows.length;
}

/**
 * Puts the demo ticker back on air: demo breaking items that have expired get
 * fresh times relative to `now` (same order, 24 hours to live). For a
 * long-running demo database; seedDemoNewsroom itself never touches existing
 * rows. Returns how many items were renewed.
 */
export async function renewDemoBreaking(db: Kysely<Database>, options: SeedOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  let renewed = 0;
  await db.transaction().execute(async (trx) => {
    for (const item of DEMO_BREAKING) {
      const result = await trx
        .updateTable("breaking_items")
        .set({
          created_at: new Date(now.getTime() - item.minutesAgo * 60_000),
          expires_at: new Date(now.getTime() + BREAKING_LIFETIME_MS),
        })
        .where("locale", "=", item.locale)
        .where("text", "=", item.text)
        .where("expires_at", "<=", now)
        .executeTakeFirst();
      renewed += Number(result.numUpdatedRows);
    }
  });
  return renewed;
}
