import { useEffect, useState } from "react";

/** How often relative times move on: a minute is their smallest step worth reading. */
const TICK_MS = 30_000;

/**
 * The clock relative times count from: first the moment the server rendered the page
 * (`renderedAt`, so hydration matches its HTML), then the browser's, ticking. Null when the
 * page was rendered without one: absolute times until the browser's clock starts.
 */
export function useNow(renderedAt: number | null): number | null {
  const [now, setNow] = useState<number | null>(renderedAt);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
