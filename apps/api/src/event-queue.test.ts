import { describe, expect, it } from "vitest";
import { eventQueue, inProcessChannels, MAX_PENDING_EVENTS } from "./event-queue.ts";

describe("a subscriber's event queue", () => {
  it("hands a reader that keeps up every event once, in order, and ends a reader that stopped reading", async () => {
    const channels = inProcessChannels();
    const send = (n: number) => channels.dispatchEvent({ type: "sahifa.breaking:es", detail: { n } });
    const reader = eventQueue<{ n: number }>(channels, "sahifa.breaking:es");
    const stalled = eventQueue<{ n: number }>(channels, "sahifa.breaking:es");
    const firstOfReader = reader.next();
    const firstOfStalled = stalled.next();

    send(0);
    expect(await firstOfReader).toEqual({ value: { n: 0 }, done: false });
    expect(await firstOfStalled).toEqual({ value: { n: 0 }, done: false });
    // Two events before the reader asks again: queued, not lost.
    send(1);
    send(2);
    expect([await reader.next(), await reader.next()]).toEqual([
      { value: { n: 1 }, done: false },
      { value: { n: 2 }, done: false },
    ]);
    for (let n = 3; n <= MAX_PENDING_EVENTS + 3; n++) {
      send(n);
      expect((await reader.next()).value).toEqual({ n });
    }
    // The stalled one holds more than MAX_PENDING_EVENTS unread: it is over, its client reconnects.
    expect(await stalled.next()).toEqual({ value: undefined, done: true });
  });

  it("stops listening when returned while waiting for an event", async () => {
    const channels = inProcessChannels();
    const queue = eventQueue(channels, "sahifa.live-update:7:ar");
    const waiting = queue.next();
    await queue.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    channels.dispatchEvent({ type: "sahifa.live-update:7:ar", detail: { id: 1 } });
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });
});
