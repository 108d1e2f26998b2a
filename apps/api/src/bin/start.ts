import { createVerificationQueue } from "../auth/password-verification-queue.ts";
import { createSignInThrottle } from "../auth/sign-in-throttle.ts";
import { createPurgeClient } from "../cache/purge-client.ts";
import { createReaderCache } from "../cache/reader-cache.ts";
import { createResponseCacheStore } from "../cache/response-cache.ts";
import { connectFromEnv, prepareDatabase } from "../database-setup.ts";
import { EnvError, readEnv } from "../env.ts";
import {
  findTrustedDocumentsFile,
  readTrustedDocuments,
  TRUSTED_DOCUMENTS_FILE,
} from "../http/trusted-documents-file.ts";
import { createImageWorkers } from "../media/image-workers.ts";
import { startMostReadRefresher } from "../most-read-refresher.ts";
import { createNewsPubSub } from "../pubsub.ts";
import { startScheduler } from "../scheduler.ts";
import { listen } from "../server.ts";
import { createApp } from "../yoga.ts";

/** `pnpm start`: migrate (and seed an empty database), then serve until SIGTERM or SIGINT. */
async function main() {
  const env = readEnv();
  const trustedDocumentsFile = findTrustedDocumentsFile(import.meta.url);
  if (env.TRUSTED_DOCUMENTS_ONLY && !trustedDocumentsFile)
    throw new EnvError(
      `TRUSTED_DOCUMENTS_ONLY=1 needs the manifest ${TRUSTED_DOCUMENTS_FILE}, written by \`pnpm build\`: build the API first`,
    );
  const documents = trustedDocumentsFile
    ? readTrustedDocuments(trustedDocumentsFile)
    : new Map<string, string>();
  const connection = await connectFromEnv(env);
  const log = (line: string) => console.log(`[api] ${line}`);
  log(`database: ${connection.kind === "pg" ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite"}`);
  await prepareDatabase(connection, log);
  const live = await createNewsPubSub({ redisUrl: env.REDIS_URL });
  log(`live events: ${live.kind === "redis" ? "Redis (REDIS_URL)" : "in process"}`);
  log(
    `cache purges: ${env.VARNISH_PURGE_URLS.length > 0 ? env.VARNISH_PURGE_URLS.join(", ") : "none (no VARNISH_PURGE_URLS)"}`,
  );
  const closing = new AbortController();
  // One for the desk's writes and the scheduler's: a scheduled publication purges what a manual one does.
  const responseCache = await createResponseCacheStore({ redisUrl: env.REDIS_URL });
  log(`response cache: ${responseCache.kind === "redis" ? "Redis (REDIS_URL)" : "in process"}`);
  const readerCache = createReaderCache(createPurgeClient({ urls: env.VARNISH_PURGE_URLS }), responseCache);
  log(
    `trusted documents: ${documents.size} operations${env.TRUSTED_DOCUMENTS_ONLY ? ", nothing else accepted" : ", other queries accepted too"}`,
  );
  const imageWorkers = createImageWorkers({ size: env.IMAGE_WORKERS });
  log(
    `image workers: up to ${env.IMAGE_WORKERS} process${env.IMAGE_WORKERS === 1 ? "" : "es"}, started by the first image`,
  );
  const app = createApp({
    db: connection.db,
    imageWorkers,
    pubsub: live.pubsub,
    corsOrigins: env.CORS_ORIGIN,
    introspection: env.GRAPHQL_INTROSPECTION,
    previewSecret: env.PREVIEW_SECRET,
    publicOrigin: env.PUBLIC_ORIGIN,
    readerCache,
    responseCache,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    trustedProxies: env.TRUSTED_PROXIES,
    trustedDocuments: { documents, only: env.TRUSTED_DOCUMENTS_ONLY },
    closing: closing.signal,
    signInGuard: {
      // Shared by every instance on PostgreSQL; in memory on PGlite, which one process owns.
      throttle: createSignInThrottle(
        connection.pgPool ? { pgPool: connection.pgPool } : {},
        env.SIGN_IN_ATTEMPTS_PER_CLIENT,
      ),
      verification: createVerificationQueue(),
    },
  });
  const scheduler =
    env.SCHEDULER_INTERVAL_MS > 0
      ? startScheduler({ db: connection.db, intervalMs: env.SCHEDULER_INTERVAL_MS, readerCache, log })
      : null;
  log(
    scheduler ? `scheduled publishing: every ${env.SCHEDULER_INTERVAL_MS} ms` : "scheduled publishing: off",
  );
  const server = await listen(app, env.PORT, env.HOST);
  const mostRead = startMostReadRefresher(connection.db);
  log(`GraphQL on http://localhost:${server.port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests in flight (up to ${env.SHUTDOWN_GRACE_MS} ms)…`);
    closing.abort();
    const { forced } = await server.shutdown(env.SHUTDOWN_GRACE_MS);
    if (forced) log("grace period over: closed the connections still open");
    await Promise.allSettled([
      mostRead.stop(),
      scheduler?.stop(),
      live.close(),
      responseCache.close(),
      imageWorkers.close(),
    ]);
    await connection.close();
    log("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
