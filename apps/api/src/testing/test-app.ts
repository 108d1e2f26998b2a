import type { Database } from "@sahifa/db/database";
import { createTestDatabase } from "@sahifa/db/testing";
import type { Kysely } from "kysely";
import { noPurging } from "../cache/purge-client.ts";
import { createReaderCache } from "../cache/reader-cache.ts";
import { inMemoryResponseCacheStore } from "../cache/response-cache.ts";
import { createImageWorkers } from "../media/image-workers.ts";
import { inProcessNewsPubSub } from "../pubsub.ts";
import { type AppOptions, createApp } from "../yoga.ts";
import { FIXTURE_NOW, insertNewsroomFixture } from "./newsroom-fixture.ts";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * A migrated database of its own for one test file (PGlite, or PostgreSQL when
 * DATABASE_URL is set), holding the newsroom fixture, and the app on top of it.
 */
export async function createTestApp(
  options: {
    db?: (db: Kysely<Database>) => Kysely<Database>;
    /** More app options (a purge client, a public origin …). */
    app?: Partial<Omit<AppOptions, "db" | "pubsub">>;
  } = {},
) {
  const connection = await createTestDatabase();
  await insertNewsroomFixture(connection.db);
  const db = options.db ? options.db(connection.db) : connection.db;
  const { pubsub } = inProcessNewsPubSub();
  // Built here, not inside the app, so a test's scheduler tells the same caches the desk's writes do.
  const responseCache =
    options.app?.responseCache === undefined ? inMemoryResponseCacheStore() : options.app.responseCache;
  const readerCache =
    options.app?.readerCache ??
    createReaderCache(options.app?.purgeClient ?? noPurging, responseCache ?? undefined);
  // Built here so close() stops its worker process, if an image started one.
  const imageWorkers = options.app?.imageWorkers ?? createImageWorkers();
  const app = createApp({
    db,
    now: () => FIXTURE_NOW,
    pubsub,
    ...options.app,
    responseCache,
    readerCache,
    imageWorkers,
  });

  // biome-ignore lint/suspicious/noExplicitAny: tests read deep into the answers they assert on; a typed `T` is there when wanted.
  async function query<T = Record<string, any>>(
    document: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: document, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  return {
    app,
    db: connection.db,
    pubsub,
    readerCache,
    query,
    close: async () => {
      await responseCache?.close();
      await imageWorkers.close();
      await connection.close();
    },
  };
}
