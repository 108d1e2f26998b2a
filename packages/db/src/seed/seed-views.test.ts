import { describe, expect, it } from "vitest";
import { seedDailyViews } from "./seed-views.ts";

const now = new Date("2026-11-24T12:00:00Z");
const base = { articleKey: "k", locale: "en" as const, now };

describe("seedDailyViews", () => {
  it("counts nothing before publication and covers at most the last ten days", () => {
    const rows = seedDailyViews({ ...base, publishedAt: new Date("2026-11-22T18:00:00Z"), shareCount: 10 });
    expect(rows.map((r) => r.day)).toEqual(["2026-11-24", "2026-11-23", "2026-11-22"]);
    const old = seedDailyViews({ ...base, publishedAt: new Date("2026-10-01T00:00:00Z"), shareCount: 10 });
    expect(old).toHaveLength(10);
    expect(old.at(-1)?.day).toBe("2026-11-15");
  });

  it("is deterministic and gives more views to more shared stories", () => {
    const publishedAt = new Date("2026-11-20T08:00:00Z");
    const quiet = seedDailyViews({ ...base, publishedAt, shareCount: 5 });
    const popular = seedDailyViews({ ...base, publishedAt, shareCount: 2000 });
    expect(seedDailyViews({ ...base, publishedAt, shareCount: 5 })).toEqual(quiet);
    const sum = (rows: typeof quiet) => rows.reduce((total, r) => total + r.views, 0);
    expect(sum(popular)).toBeGreaterThan(sum(quiet) * 2);
    for (const row of [...quiet, ...popular]) expect(row.views).toBeGreaterThan(0);
  });
});
