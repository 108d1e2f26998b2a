import { startTransition, useEffect, useState } from "react";

/** How often relative times move on: a minute is their smallest step worth reading. */
const TICK_MS = 30_000;

/**
 * When the browser's clock first needs to tick: the server's relative times (counted from
 * `renderedAt`) stand for one step like any other, at once when they are older or unknown.
 */
export function firstTickDelay(renderedAt: number | null, now: number): number {
  if (renderedAt === null) return 0;
  return Math.min(TICK_MS, Math.max(0, renderedAt + TICK_MS - now));
}

/**
 * The clock relative times count from: null while the server's words stand (so hydration
 * matches its HTML and builds no formatter), then the browser's, ticking; at once when one of
 * `items` has no words from the server (an item that came over the live feed). Each tick is a
 * transition, which React renders in slices
 * (https://react.dev/reference/react/startTransition), so a long list never blocks input.
 */
export function useNow(
  renderedAt: number | null,
  items: ReadonlyArray<{ postedAgo?: string }>,
): number | null {
  const [now, setNow] = useState<number | null>(null);
  const needed = items.some((item) => item.postedAgo === undefined);
  useEffect(() => {
    const tick = () => startTransition(() => setNow(Date.now()));
    let interval: ReturnType<typeof setInterval> | undefined;
    const first = setTimeout(
      () => {
        tick();
        interval = setInterval(tick, TICK_MS);
      },
      needed ? 0 : firstTickDelay(renderedAt, Date.now()),
    );
    return () => {
      clearTimeout(first);
      clearInterval(interval);
    };
  }, [renderedAt, needed]);
  return now;
}
