import { describe, expect, it } from "vitest";
import type { BreakingItemView } from "../model/edition.ts";
import { breakingView, parseBreakingEvent } from "./merge-breaking.ts";
import { groupByDay, liveUpdateView, mergeLive } from "./merge-live.ts";

const item = (id: string, postedAt: string): BreakingItemView => ({
  id,
  text: `item ${id}`,
  attribution: null,
  url: null,
  postedAt,
  postedLabel: "",
});

describe("mergeLive", () => {
  it("keeps each id once, newest first, within the limit", () => {
    const current = [item("3", "2026-11-24T10:03:00.000Z"), item("2", "2026-11-24T10:02:00.000Z")];
    const pushed = [item("4", "2026-11-24T10:04:00.000Z"), item("3", "2026-11-24T10:03:00.000Z")];
    expect(mergeLive(current, pushed).map((i) => i.id)).toEqual(["4", "3", "2"]);
    expect(mergeLive(current, pushed, 2).map((i) => i.id)).toEqual(["4", "3"]);
  });

  it("does not duplicate a replay after reconnecting", () => {
    let shown = [item("1", "2026-11-24T10:01:00.000Z")];
    for (let i = 0; i < 3; i++) shown = mergeLive(shown, [item("2", "2026-11-24T10:02:00.000Z"), ...shown]);
    expect(shown.map((i) => i.id)).toEqual(["2", "1"]);
  });
});

describe("parseBreakingEvent", () => {
  it("reads a subscription payload and ignores anything else", () => {
    const data = JSON.stringify({
      data: { breakingNews: { id: "9", text: "عاجل", createdAt: "2026-11-24T10:00:00.000Z" } },
    });
    const parsed = parseBreakingEvent(data);
    expect(parsed?.id).toBe("9");
    expect(breakingView(parsed!, "ar", "UTC")).toMatchObject({
      id: "9",
      text: "عاجل",
      attribution: null,
      url: null,
    });
    expect(parseBreakingEvent("not json")).toBeNull();
    expect(parseBreakingEvent(JSON.stringify({ errors: [{ message: "x" }] }))).toBeNull();
    expect(parseBreakingEvent(JSON.stringify({ data: { liveUpdates: { id: "1", body: "x" } } }))).toBeNull();
  });
});

describe("live story updates", () => {
  const update = (id: string, createdAt: string) => liveUpdateView({ id, body: "x", createdAt }, "en", "UTC");

  it("puts a pushed update on top and groups runs of one day under its date", () => {
    const shown = [update("2", "2026-12-07T00:10:00.000Z"), update("1", "2026-12-06T23:50:00.000Z")];
    const merged = mergeLive(shown, [update("3", "2026-12-07T08:00:00.000Z")], 100);
    expect(merged.map((u) => u.id)).toEqual(["3", "2", "1"]);
    expect(groupByDay(merged).map((group) => [group.day, group.items.map((u) => u.id)])).toEqual([
      ["7 December 2026", ["3", "2"]],
      ["6 December 2026", ["1"]],
    ]);
  });

  it("takes the day in the newsroom's zone", () => {
    const late = liveUpdateView(
      { id: "1", body: "x", createdAt: "2026-12-06T22:30:00.000Z" },
      "en",
      "Asia/Qatar",
    );
    expect(late.dayLabel).toBe("7 December 2026");
  });
});
