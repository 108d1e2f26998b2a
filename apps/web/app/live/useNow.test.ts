import { describe, expect, it } from "vitest";
import { firstTickDelay } from "./useNow.ts";

const RENDERED_AT = Date.parse("2026-12-07T10:00:00.000Z");

describe("firstTickDelay", () => {
  it("lets the server's words stand for the rest of their step", () => {
    expect(firstTickDelay(RENDERED_AT, RENDERED_AT + 2_000)).toBe(28_000);
  });

  it("ticks at once when the page is older than a step (a cached or kept page)", () => {
    expect(firstTickDelay(RENDERED_AT, RENDERED_AT + 5 * 60_000)).toBe(0);
  });

  it("waits no more than a step when the reader's clock is behind the server's", () => {
    expect(firstTickDelay(RENDERED_AT, RENDERED_AT - 5 * 60_000)).toBe(30_000);
  });

  it("ticks at once when the server gave no moment", () => {
    expect(firstTickDelay(null, RENDERED_AT)).toBe(0);
  });
});
