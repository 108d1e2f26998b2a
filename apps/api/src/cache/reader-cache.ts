import type { Database } from "@sahifa/db/database";
import { findArticleListings } from "@sahifa/db/distribution/article-listings";
import type { Locale } from "@sahifa/domain/locales";
import type { Kysely } from "kysely";
import { publicationKeys } from "./publication-keys.ts";
import type { PurgeClient } from "./purge-client.ts";
import { invalidateKeys, type ResponseCacheStore } from "./response-cache.ts";
import { surrogateKeys } from "./surrogate-keys.ts";

/**
 * What the desk's writes tell the caches in front of the reader editions.
 * Every write that changes what readers see calls one of these after it has
 * committed: publishing (first time, a correction, or a scheduled one),
 * withdrawing, changing an article's facts, relabelling the taxonomy.
 */
export interface ReaderCache {
  /** A translation became visible, was republished, or stopped being visible in `locale`. */
  translationChanged(db: Kysely<Database>, articleId: number, locale: Locale): Promise<void>;
  /** Runs `change` (new section, tags, authors…) and, if `changed` says it did, purges the lists the article left and joined. */
  factsChanged<T>(
    db: Kysely<Database>,
    articleId: number,
    change: () => Promise<T>,
    changed: (result: T) => boolean,
  ): Promise<T>;
  /** A section, region, tag or dossier label changed: every page of the edition shows labels. */
  labelsChanged(locale: Locale): Promise<void>;
  /**
   * A breaking item or live update was posted, changed or expired: kept API answers of the edition
   * go; reader pages get them live (SSE) and are not purged.
   */
  liveChanged(locale: Locale): Promise<void>;
}

/**
 * Both caches hear the same keys: Varnish by purge, the API's response cache
 * (when given) by invalidation, each after the write has committed.
 */
export function createReaderCache(client: PurgeClient, responseCache?: ResponseCacheStore): ReaderCache {
  const forget = async (keys: string[]) => {
    await Promise.all([client.purge(keys), responseCache ? invalidateKeys(responseCache, keys) : undefined]);
  };
  return {
    async translationChanged(db, articleId, locale) {
      const listings = await findArticleListings(db, articleId);
      if (listings) await forget(publicationKeys(listings, [locale]));
    },
    async factsChanged(db, articleId, change, changed) {
      const before = await findArticleListings(db, articleId);
      const result = await change();
      if (!changed(result)) return result;
      const after = await findArticleListings(db, articleId);
      if (before && after && after.publishedLocales.length > 0) {
        await forget([
          ...publicationKeys(before, after.publishedLocales),
          ...publicationKeys(after, after.publishedLocales),
        ]);
      }
      return result;
    },
    async labelsChanged(locale) {
      await forget([surrogateKeys.edition(locale)]);
    },
    async liveChanged(locale) {
      if (responseCache) await invalidateKeys(responseCache, [surrogateKeys.live(locale)]);
    },
  };
}
