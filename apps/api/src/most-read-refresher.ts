import type { Database } from "@sahifa/db/database";
import { MOST_READ_WINDOW_DAYS } from "@sahifa/db/views/most-read";
import { refreshMostReadRollup } from "@sahifa/db/views/most-read-rollup";
import type { Kysely } from "kysely";

export interface MostReadRefresher {
  stop(): Promise<void>;
}

/**
 * Recomputes the most read rollup every `intervalMs` in the background
 * (docs/architecture/032-most-read-rollup.md). Every instance runs one; the
 * rollup's lock and freshness check make one of them do the work per
 * interval. A failed run is logged and retried at the next tick.
 */
export function startMostReadRefresher(
  db: Kysely<Database>,
  options: { intervalMs?: number; log?: (line: string) => void } = {},
): MostReadRefresher {
  const intervalMs = options.intervalMs ?? 60_000;
  const log = options.log ?? ((line: string) => console.log(`[most read] ${line}`));
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      const started = Date.now();
      try {
        const outcome = await refreshMostReadRollup(db, {
          now: new Date(),
          windowDays: MOST_READ_WINDOW_DAYS,
          // A little under the interval, so this instance's own next tick is never skipped.
          minIntervalMs: intervalMs * 0.8,
        });
        if (outcome === "refreshed") log(`rolled up in ${Date.now() - started} ms`);
      } catch (error) {
        log(`refresh failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
