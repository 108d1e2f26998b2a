import { availableParallelism } from "node:os";
import pLimit from "p-limit";

/**
 * Password checks (scrypt, ~100 ms of a core and 128 MiB each) run a few at a time, with a
 * short queue behind them: a flood of sign-ins is refused at once when the queue is full
 * instead of making every later sign-in, and the memory, wait behind it.
 */
export interface VerificationQueue {
  /** Runs the check, or answers "busy" without running it when the queue is full. */
  run<T>(check: () => Promise<T>): Promise<{ kind: "done"; value: T } | { kind: "busy" }>;
}

export function createVerificationQueue(
  options: { concurrency?: number; maxWaiting?: number } = {},
): VerificationQueue {
  const concurrency = options.concurrency ?? Math.max(1, Math.min(4, availableParallelism()));
  const maxWaiting = options.maxWaiting ?? concurrency * 4;
  const limit = pLimit(concurrency);
  return {
    async run(check) {
      if (limit.pendingCount >= maxWaiting) return { kind: "busy" };
      return { kind: "done", value: await limit(check) };
    },
  };
}
