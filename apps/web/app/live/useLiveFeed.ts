import { startTransition, useEffect, useRef, useState } from "react";
import { type LiveItem, mergeLive } from "./merge-live.ts";

/** Opening a feed waits for the page to settle: reading comes first, and the load stays quiet. */
const START_DELAY_MS = 1_500;

export type LiveState = "off" | "connecting" | "live" | "reconnecting";

/**
 * A server-rendered list kept up to date in the browser: an EventSource on one of
 * the web app's relays of an API subscription (`feed`). EventSource reconnects by itself;
 * after a reconnect `feed?list` is fetched to fill the gap, and every item is merged by id,
 * so nothing shows twice. Without JavaScript or EventSource the page keeps the server's list.
 * Every change is a transition, which React renders in slices
 * (https://react.dev/reference/react/startTransition): a long list re-rendered never blocks input.
 */
export function useLiveFeed<T extends LiveItem>(
  feed: string,
  initial: readonly T[],
  toItem: (eventData: string) => T | null,
  limit: number,
): { items: T[]; state: LiveState } {
  const [items, setItems] = useState<T[]>(() => [...initial]);
  const [state, setState] = useState<LiveState>("off");
  const parse = useRef(toItem);
  parse.current = toItem;

  // A new server list (navigation, revalidation) joins what the page already shows; the list
  // the state started from is already there, and merging it again would re-render every item.
  const merged = useRef(initial);
  useEffect(() => {
    if (merged.current === initial) return;
    merged.current = initial;
    startTransition(() => setItems((current) => mergeLive(current, initial, limit)));
  }, [initial, limit]);

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let opened = false;
    const show = (next: LiveState) => startTransition(() => setState(next));
    const merge = (incoming: readonly T[]) =>
      startTransition(() => setItems((current) => mergeLive(current, incoming, limit)));
    const catchUp = async () => {
      try {
        const response = await fetch(`${feed}?list`, { headers: { accept: "application/json" } });
        if (response.ok) {
          const list = (await response.json()) as T[];
          merge(list);
        }
      } catch {
        // The next reconnect tries again.
      }
    };
    const timer = setTimeout(() => {
      show("connecting");
      source = new EventSource(feed);
      source.addEventListener("open", () => {
        show("live");
        if (opened) void catchUp();
        opened = true;
      });
      source.addEventListener("error", () => show("reconnecting"));
      source.addEventListener("next", (event) => {
        const item = parse.current((event as MessageEvent<string>).data);
        if (item) merge([item]);
      });
    }, START_DELAY_MS);
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [feed, limit]);

  return { items, state };
}
