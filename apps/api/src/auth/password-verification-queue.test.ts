import { describe, expect, it } from "vitest";
import { createVerificationQueue } from "./password-verification-queue.ts";

describe("createVerificationQueue", () => {
  it("runs at most `concurrency` checks at once and refuses beyond the waiting room", async () => {
    const queue = createVerificationQueue({ concurrency: 2, maxWaiting: 3 });
    let running = 0;
    let peak = 0;
    const check = async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running--;
      return true;
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => queue.run(check)));
    expect(peak).toBe(2);
    expect(results.filter((r) => r.kind === "done")).toHaveLength(5);
    expect(results.filter((r) => r.kind === "busy")).toHaveLength(5);
    expect((await queue.run(check)).kind).toBe("done");
  });
});
