/** Where a subscription listens: an in-process map of listeners, or Redis (pubsub.ts). */
export interface EventChannels {
  addEventListener(channel: string, listener: ChannelListener): void;
  removeEventListener(channel: string, listener: ChannelListener): void;
  dispatchEvent(event: { type: string; detail: unknown }): unknown;
}
export type ChannelListener = (event: { detail: unknown }) => void;

/** A reader this far behind has stopped reading: its stream ends, and its client reconnects and re-queries. */
export const MAX_PENDING_EVENTS = 1024;

/**
 * One subscriber's events in order, each handed over once. It starts
 * listening when first read (a response that never starts streaming leaves no
 * listener behind) and stops as soon as it is returned, even between events.
 * One queue per subscriber is all the per-reader work an event costs before
 * its bytes are written; yoga's Repeater did more, and threw inside the
 * channel's loop (failing the readers after it) when one reader fell behind.
 */
export function eventQueue<T>(channels: EventChannels, channel: string): AsyncIterableIterator<T> {
  const pending: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let state: "idle" | "listening" | "ended" = "idle";

  const listener: ChannelListener = (event) => {
    const value = event.detail as T;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value, done: false });
    } else if (pending.length < MAX_PENDING_EVENTS) {
      pending.push(value);
    } else {
      end();
    }
  };
  const end = () => {
    if (state === "listening") channels.removeEventListener(channel, listener);
    state = "ended";
    pending.length = 0;
    if (waiting) {
      waiting({ value: undefined, done: true });
      waiting = null;
    }
  };

  return {
    next() {
      if (state === "idle") {
        state = "listening";
        channels.addEventListener(channel, listener);
      }
      if (pending.length > 0) return Promise.resolve({ value: pending.shift()!, done: false });
      if (state === "ended") return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return() {
      end();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error: unknown) {
      end();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** Channels within one process (tests, a single instance without REDIS_URL). */
export function inProcessChannels(): EventChannels {
  const listeners = new Map<string, Set<ChannelListener>>();
  return {
    addEventListener(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeEventListener(channel, listener) {
      const set = listeners.get(channel);
      set?.delete(listener);
      if (set?.size === 0) listeners.delete(channel);
    },
    dispatchEvent(event) {
      for (const listener of listeners.get(event.type) ?? []) listener(event);
    },
  };
}
