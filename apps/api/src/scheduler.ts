import type { Database } from "@sahifa/db/database";
import { type PublishedBySchedule, runDuePublications } from "@sahifa/db/desk/scheduling";
import type { Kysely } from "kysely";
import type { ReaderCache } from "./cache/reader-cache.ts";

export interface SchedulerOptions {
  db: Kysely<Database>;
  /** How often to look for due publications; every instance may run one (PostgreSQL decides who publishes what). */
  intervalMs: number;
  /** Told of each publication once it has committed, as the desk's publish tells it (purges, response cache). */
  readerCache: ReaderCache;
  /** The scheduler's clock (tests set it). */
  now?: () => Date;
  log?: (line: string) => void;
}

/**
 * Publishes scheduled translations when they fall due. Runs in every API
 * instance: rows are claimed with FOR UPDATE SKIP LOCKED, so each is published
 * once whichever instance polls first, and a restart loses nothing (a row is
 * pending until the transaction that publishes it commits).
 */
export function startScheduler(options: SchedulerOptions) {
  const now = options.now ?? (() => new Date());
  let running: Promise<PublishedBySchedule[]> | null = null;
  const runOnce = async (): Promise<PublishedBySchedule[]> => {
    // One poll at a time per process: a slow batch must not stack up behind the timer.
    running ??= runDuePublications(options.db, now())
      .then(async (done) => {
        for (const item of done) {
          if (item.outcome === "published")
            await options.readerCache.translationChanged(options.db, item.key.articleId, item.key.locale);
        }
        return done;
      })
      .finally(() => {
        running = null;
      });
    const done = await running;
    for (const item of done) {
      options.log?.(`scheduled publication of ${item.key.articleId}/${item.key.locale}: ${item.outcome}`);
    }
    return done;
  };
  const timer = setInterval(() => {
    runOnce().catch((error: unknown) => options.log?.(`scheduler: ${String(error)}`));
  }, options.intervalMs);
  timer.unref();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
