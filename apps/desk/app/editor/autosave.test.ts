import { describe, expect, it } from "vitest";
import { AutosaveScheduler, type SaveState, type Timers } from "./autosave.ts";

function fakeTimers() {
  let now = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...pending]) {
      if (timer.at <= now) {
        pending.delete(id);
        timer.callback();
      }
    }
  };
  return { timers, advance };
}

function setup() {
  const { timers, advance } = fakeTimers();
  const states: SaveState[] = [];
  let saves = 0;
  const scheduler = new AutosaveScheduler(
    () => {
      saves += 1;
    },
    (state) => states.push(state),
    1000,
    timers,
  );
  return { scheduler, advance, states, saves: () => saves };
}

describe("AutosaveScheduler", () => {
  it("saves once, a delay after the last edit", () => {
    const { scheduler, advance, saves } = setup();
    scheduler.edited();
    advance(600);
    scheduler.edited();
    advance(600);
    expect(saves()).toBe(0);
    advance(400);
    expect(saves()).toBe(1);
    expect(scheduler.state).toBe("saving");
    scheduler.finished("saved");
    expect(scheduler.state).toBe("saved");
  });

  it("never starts a second save while one is in flight, and saves the late edits after it", () => {
    const { scheduler, advance, saves } = setup();
    scheduler.edited();
    advance(1000);
    scheduler.edited();
    advance(5000);
    expect(saves()).toBe(1);
    scheduler.finished("saved");
    expect(scheduler.state).toBe("dirty");
    advance(1000);
    expect(saves()).toBe(2);
  });

  it("stops after a conflict until it is resolved", () => {
    const { scheduler, advance, saves } = setup();
    scheduler.edited();
    advance(1000);
    scheduler.finished("conflict");
    scheduler.edited();
    advance(5000);
    expect(saves()).toBe(1);
    expect(scheduler.state).toBe("conflict");
    scheduler.resolved();
    scheduler.edited();
    advance(1000);
    expect(saves()).toBe(2);
  });

  it("flush saves at once; a failure leaves the state failed for the next edit to retry", () => {
    const { scheduler, advance, saves, states } = setup();
    scheduler.edited();
    scheduler.flush();
    expect(saves()).toBe(1);
    scheduler.finished("failed");
    advance(5000);
    expect(saves()).toBe(1);
    scheduler.edited();
    advance(1000);
    expect(saves()).toBe(2);
    expect(states).toEqual(["dirty", "saving", "failed", "dirty", "saving"]);
  });
});
