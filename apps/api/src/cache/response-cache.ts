import { createHash } from "node:crypto";
import { type Cache, createInMemoryCache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { LOCALE_CONFIG, LOCALES, type Locale, negotiateLocale } from "@sahifa/domain/locales";
import type { GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { tokenFromRequest } from "../auth/session-cookie.ts";
import { surrogateKeys } from "./surrogate-keys.ts";

/**
 * The API's own cache of public GraphQL answers
 * (docs/architecture/034-api-response-cache.md): an answer to a request with no
 * session, reading only public root fields, is kept for RESPONSE_TTL_MS and
 * replayed without parsing, validating or executing. Each kept answer is tagged
 * with the surrogate keys it depends on, and the desk's writes invalidate it by
 * the same keys they purge from Varnish (ReaderCache).
 */

/** Root fields whose answers are the same for every reader: everything else (desk, previews, `me`) is never kept. */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set([
  "article",
  "articleTranslations",
  "articles",
  "author",
  "authors",
  "breaking",
  "dossier",
  "dossiers",
  "edition",
  "liveStories",
  "runningLiveStories",
  "region",
  "regions",
  "section",
  "sections",
  "tag",
  "tags",
]);

/** The bound already announced to HTTP caches for what no write invalidates (most read, view counts). */
export const RESPONSE_TTL_MS = 30_000;

/** Where kept answers live: in process, or in Redis shared by every instance (REDIS_URL). */
export interface ResponseCacheStore {
  cache: Cache;
  kind: "memory" | "redis";
  close(): Promise<void>;
}

/** Key prefix of the Redis store: one Redis may serve other applications. */
const REDIS_PREFIX = "sahifa:response-cache:";

/** Kept answers in this process (one instance, tests). */
export function inMemoryResponseCacheStore(): ResponseCacheStore {
  return {
    cache: editionTagged(createInMemoryCache({ max: 2_000 })),
    kind: "memory",
    close: async () => {},
  };
}

export async function createResponseCacheStore(
  options: { redisUrl?: string | undefined; redisPrefix?: string } = {},
): Promise<ResponseCacheStore> {
  if (!options.redisUrl) return inMemoryResponseCacheStore();
  // Imported only with REDIS_URL: an instance without Redis never holds the client's code.
  const [{ Redis }, { createRedisCache }] = await Promise.all([
    import("ioredis"),
    import("@envelop/response-cache-redis"),
  ]);
  const redis = new Redis(options.redisUrl, {
    keyPrefix: options.redisPrefix ?? REDIS_PREFIX,
    maxRetriesPerRequest: 3,
    connectTimeout: 5_000,
  });
  // ioredis reconnects by itself; without a listener an outage would crash the process.
  redis.on("error", (error: Error) => console.error(`[response-cache] Redis: ${error.message}`));
  return {
    cache: editionTagged(createRedisCache({ redis }) as Cache),
    kind: "redis",
    close: async () => {
      await redis.quit().catch(() => {});
    },
  };
}

/** The cache entity a surrogate key stands for; articles are the entities the plugin collects from answers. */
function entityOfKey(key: string): { typename: string; id: string } {
  const article = /^article-(\d+)$/.exec(key);
  return article ? { typename: "Article", id: article[1]! } : { typename: "SurrogateKey", id: key };
}

/** Drops every kept answer that depends on one of `keys` (the keys a write purges from Varnish). */
export async function invalidateKeys(store: ResponseCacheStore, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    await store.cache.invalidate(keys.map(entityOfKey));
  } catch (error) {
    // Like a failed purge, never fails the write; the kept answers expire within RESPONSE_TTL_MS.
    console.warn(`[response-cache] invalidation failed: ${error instanceof Error ? error.message : error}`);
  }
}

const LOCALE_BY_LANGUAGE = new Map(LOCALES.map((locale) => [LOCALE_CONFIG[locale].hreflang, locale]));

/**
 * Tags each kept answer with its editions' front, chrome and live keys, read from
 * the Content-Language that graphqlCaching stored with it: any publication,
 * withdrawal, label change or breaking item in an edition drops that edition's
 * kept answers (a new article may belong to any of its lists), and no other edition's.
 */
function editionTagged(inner: Cache): Cache {
  return {
    get: (id) => inner.get(id),
    invalidate: (entities) => inner.invalidate(entities),
    set(id, data, entities, ttl) {
      const headers = (data.extensions as { http?: { headers?: Record<string, string> } } | undefined)?.http
        ?.headers;
      const editions = (headers?.["content-language"] ?? "")
        .split(",")
        .map((language) => LOCALE_BY_LANGUAGE.get(language.trim()))
        .filter((locale): locale is Locale => locale !== undefined);
      // An answer whose editions are unknown depends on all of them.
      const tags = (editions.length > 0 ? editions : LOCALES).flatMap((locale) =>
        [surrogateKeys.front(locale), surrogateKeys.edition(locale), surrogateKeys.live(locale)].map(
          entityOfKey,
        ),
      );
      return inner.set(id, data, [...entities, ...tags], ttl);
    },
  };
}

/**
 * A request that may be answered from, and stored in, the shared cache: no session of any kind,
 * and not an event stream (subscriptions are fanned out, never replayed).
 */
function cacheable(request: Request): boolean {
  return (
    !request.headers.has("authorization") &&
    tokenFromRequest(request) === null &&
    !(request.headers.get("accept") ?? "").includes("text/event-stream")
  );
}

export function responseCache(options: { store: ResponseCacheStore; schema: GraphQLSchema }): Plugin {
  const rootFields = Object.keys(options.schema.getQueryType()?.getFields() ?? {});
  const scopePerSchemaCoordinate = Object.fromEntries(
    rootFields
      .filter((field) => !PUBLIC_ROOT_FIELDS.has(field))
      .map((field) => [`Query.${field}`, "PRIVATE"]),
  ) as Record<string, "PRIVATE">;
  return useResponseCache({
    cache: options.store.cache,
    // Never a per-user cache: only anonymous requests are served, so private fields are never kept.
    session: () => null,
    enabled: (request) => cacheable(request),
    ttl: RESPONSE_TTL_MS,
    scopePerSchemaCoordinate,
    // Left on: turned off, the plugin would keep mutation answers (a sign-in's token) like queries'. The
    // desk's writes also invalidate through ReaderCache, by the keys they changed, after they commit.
    invalidateViaMutation: true,
    // The answer depends on the edition Accept-Language chose when a root field has no locale argument.
    // Hashed in one synchronous call: the plugin's own hashSHA256 goes through WebCrypto's promise per request,
    // a visible share of a replayed answer's time; the hex digest is the same.
    buildResponseCacheKey: ({ documentString, variableValues, operationName, request }) =>
      createHash("sha256")
        .update(
          JSON.stringify([
            documentString,
            variableValues ?? {},
            operationName ?? null,
            negotiateLocale(request.headers.get("accept-language")),
          ]),
        )
        .digest("hex"),
  });
}
