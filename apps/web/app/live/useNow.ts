import { useEffect, useState } from "react";

/** How often relative times move on: a minute is their smallest step worth reading. */
const TICK_MS = 30_000;

/**
 * The browser's clock, ticking, for relative times. It is null on the server and during
 * hydration, so the first render matches the server's HTML (absolute times); relative times
 * replace them once the page is live.
 */
export function useNow(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
