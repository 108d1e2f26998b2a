import { describe, expect, it } from "vitest";
import { withPostedAgo } from "./posted-ago.ts";

const RENDERED_AT = Date.parse("2026-12-07T10:12:00.000Z");
const items = [
  { id: "2", postedAt: "2026-12-07T10:00:00.000Z" },
  { id: "1", postedAt: "2026-12-07T08:12:00.000Z" },
];

describe("withPostedAgo", () => {
  it("words how long ago each item was posted, as of the rendering, in the edition's language", () => {
    expect(withPostedAgo(items, "en", RENDERED_AT).map((item) => item.postedAgo)).toEqual([
      "12 minutes ago",
      "2 hours ago",
    ]);
    expect(withPostedAgo(items, "ar", RENDERED_AT).map((item) => item.postedAgo)).toEqual([
      "قبل 12 دقيقة",
      "قبل ساعتين",
    ]);
  });

  it("keeps everything else of the items", () => {
    expect(withPostedAgo(items, "es", RENDERED_AT)[0]).toEqual({ ...items[0], postedAgo: "hace 12 minutos" });
  });

  it("says 'now' for an item stamped after the rendering (the newsroom's clock ahead)", () => {
    expect(withPostedAgo(items, "en", RENDERED_AT - 20 * 60_000)[0]?.postedAgo).toBe("now");
  });

  it("leaves the items unworded without a moment to count from", () => {
    expect(withPostedAgo(items, "en", null)).toEqual(items);
  });
});
