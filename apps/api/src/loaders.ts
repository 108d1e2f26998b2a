import type { Database } from "@sahifa/db/database";
import { type ArticleNote, findArticleNotes } from "@sahifa/db/desk/article-notes";
import { findPendingPublications, type ScheduledPublication } from "@sahifa/db/desk/scheduling";
import { type CaptionTrack, findCaptions } from "@sahifa/db/media/library";
import { listLatestBySection, listReadNext, listRelatedByTopic } from "@sahifa/db/reader/article-lists";
import {
  type ArticleCard,
  findArticleCards,
  findArticleCardsBySlug,
  findPublishedEditions,
  findPublishedRevisionContent,
  type PublishedEdition,
  type PublishedRevisionContent,
} from "@sahifa/db/reader/articles";
import { type Author, findAuthorsOfArticles } from "@sahifa/db/reader/authors";
import { findMedia, type MediaItem } from "@sahifa/db/reader/media";
import {
  type Dossier,
  findDossiers,
  findTagsOfArticles,
  listRegions,
  listSections,
  type RegionNode,
  type SectionNode,
  type Tag,
} from "@sahifa/db/reader/taxonomy";
import type { Locale } from "@sahifa/domain/locales";
import DataLoader from "dataloader";
import type { Kysely } from "kysely";

/** A key within one edition; loaders batch per edition, so one query answers all keys of a locale. */
export interface InEdition<K> {
  locale: Locale;
  key: K;
}
/** A key of a "top N per parent" list: batched per (edition, N). */
export interface TopN {
  locale: Locale;
  id: number;
  limit: number;
}

/**
 * DataLoader over keys grouped by `groupOf`: each group is one fetch (one SQL
 * statement), whatever the number of keys in it.
 */
function groupedLoader<K, V>(
  groupOf: (key: K) => string,
  keyOf: (key: K) => string,
  fetchGroup: (keys: K[]) => Promise<Map<string, V>>,
  missing: () => V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const group = groupOf(key);
        const members = groups.get(group);
        if (members) members.push(key);
        else groups.set(group, [key]);
      }
      const results = await Promise.all(Array.from(groups.values(), fetchGroup));
      const merged = results.length === 1 ? results[0]! : new Map<string, V>();
      if (results.length > 1)
        for (const result of results) for (const [key, value] of result) merged.set(key, value);
      return keys.map((key) => merged.get(keyOf(key)) ?? missing());
    },
    { cacheKeyFn: keyOf },
  );
}

function listInto<T>(pairs: Array<[string, T]>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [key, value] of pairs) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

const editionKey = <K>(k: InEdition<K>) => `${k.locale}:${k.key}`;

/**
 * Keys of one edition fetched together; `collect` turns the fetched (key, value)
 * pairs into one result per key (a single value, or a list).
 */
function editionLoader<K extends string | number, V, R>(
  fetch: (locale: Locale, keys: K[]) => Promise<Array<[K, V]>>,
  collect: (pairs: Array<[string, V]>) => Map<string, R>,
  missing: () => R,
): DataLoader<InEdition<K>, R, string> {
  return groupedLoader<InEdition<K>, R>(
    (k) => k.locale,
    editionKey,
    async (keys) => {
      const locale = keys[0]!.locale;
      const pairs = await fetch(
        locale,
        keys.map((k) => k.key),
      );
      return collect(pairs.map(([key, value]) => [editionKey({ locale, key }), value]));
    },
    missing,
  );
}

const one = <V>(pairs: Array<[string, V]>) => new Map(pairs);
const none = () => null;
const empty = () => [];

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    promise ??= load();
    return promise;
  };
}

export function createLoaders(db: Kysely<Database>) {
  const articleById = editionLoader<number, ArticleCard, ArticleCard | null>(
    async (locale, ids) => (await findArticleCards(db, locale, ids)).map((card) => [card.id, card]),
    one,
    none,
  );

  /** Cards a list query already fetched go into the id loader, so their fields cost nothing more. */
  const prime = (cards: readonly ArticleCard[]) => {
    for (const card of cards) articleById.prime({ locale: card.locale, key: card.id }, card);
    return cards;
  };

  /** "Newest N per parent" lists, batched per (edition, N): one statement for every parent. */
  const topN = (
    fetch: (locale: Locale, ids: number[], limit: number) => Promise<Array<[number, ArticleCard]>>,
  ) =>
    groupedLoader<TopN, ArticleCard[]>(
      (k) => `${k.locale}:${k.limit}`,
      (k) => `${k.locale}:${k.limit}:${k.id}`,
      async (keys) => {
        const { locale, limit } = keys[0]!;
        const pairs = await fetch(
          locale,
          keys.map((k) => k.id),
          limit,
        );
        prime(pairs.map(([, card]) => card));
        return listInto(pairs.map(([id, card]) => [`${locale}:${limit}:${id}`, card]));
      },
      empty,
    );

  return {
    articleById,
    prime,
    articleBySlug: editionLoader<string, ArticleCard, ArticleCard | null>(
      async (locale, slugs) =>
        prime(await findArticleCardsBySlug(db, locale, slugs)).map((card) => [card.slug, card]),
      one,
      none,
    ),
    revisionContent: new DataLoader<number, PublishedRevisionContent>(async (revisionIds) => {
      const rows = new Map(
        (await findPublishedRevisionContent(db, revisionIds)).map((row) => [row.revisionId, row] as const),
      );
      return revisionIds.map(
        (id) => rows.get(id) ?? { revisionId: id, body: [], seoTitle: null, seoDescription: null },
      );
    }),
    editions: new DataLoader<number, PublishedEdition[]>(async (articleIds) => {
      const byArticle = listInto(
        (await findPublishedEditions(db, articleIds)).map((e): [string, PublishedEdition] => [
          String(e.articleId),
          e,
        ]),
      );
      return articleIds.map((id) => byArticle.get(String(id)) ?? []);
    }),
    authorsOf: editionLoader<number, Author, Author[]>(
      async (locale, ids) =>
        (await findAuthorsOfArticles(db, locale, ids)).map((row) => [row.articleId, row.author]),
      listInto,
      empty,
    ),
    tagsOf: editionLoader<number, Tag, Tag[]>(
      async (locale, ids) =>
        (await findTagsOfArticles(db, locale, ids)).map((row) => [row.articleId, row.tag]),
      listInto,
      empty,
    ),
    media: editionLoader<number, MediaItem, MediaItem | null>(
      async (locale, ids) => (await findMedia(db, locale, ids)).map((item) => [item.id, item]),
      one,
      none,
    ),
    /** Public corrections and editor's notes of articles in one edition. */
    notesOf: editionLoader<number, ArticleNote, ArticleNote[]>(
      async (locale, ids) => (await findArticleNotes(db, locale, ids)).map((note) => [note.articleId, note]),
      listInto,
      empty,
    ),
    /** The pending scheduled publication of translations in one edition (desk queue and editor). */
    scheduledOf: editionLoader<number, ScheduledPublication, ScheduledPublication | null>(
      async (locale, ids) =>
        (
          await findPendingPublications(
            db,
            ids.map((articleId) => ({ articleId, locale })),
          )
        ).map((publication) => [publication.articleId, publication]),
      one,
      none,
    ),
    /** A video's caption tracks in every language (a reader switches tracks in the player). */
    captions: new DataLoader<number, CaptionTrack[]>(async (ids) => {
      const tracks = await findCaptions(db, ids);
      return ids.map((id) => tracks.filter((track) => track.mediaId === id));
    }),
    dossier: editionLoader<number, Dossier, Dossier | null>(
      async (locale, ids) => (await findDossiers(db, locale, ids)).map((dossier) => [dossier.id, dossier]),
      one,
      none,
    ),
    latestBySection: topN(async (locale, ids, limit) =>
      (await listLatestBySection(db, locale, ids, limit)).map((row) => [row.sectionId, row.article]),
    ),
    relatedByTopic: topN(async (locale, ids, limit) =>
      (await listRelatedByTopic(db, locale, ids, limit)).map((row) => [row.sourceId, row.article]),
    ),
    readNext: topN(async (locale, ids, limit) =>
      (await listReadNext(db, locale, ids, limit)).map((row) => [row.sourceId, row.article]),
    ),
    /** The whole section tree, fetched at most once per request. */
    sections: memo<SectionNode[]>(() => listSections(db)),
    regions: memo<RegionNode[]>(() => listRegions(db)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
