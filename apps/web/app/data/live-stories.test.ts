import { describe, expect, it } from "vitest";
import { liveStoryView } from "./live-stories.ts";

describe("liveStoryView", () => {
  it("links the story by its encoded URL and dates its last update in the newsroom's zone", () => {
    const view = liveStoryView(
      {
        article: { id: "3", title: "مباشر: العاصفة", url: "/ar/news/3/عاصفة" },
        lastUpdatedAt: "2026-12-07T11:50:00.000Z",
        latestUpdate: {
          id: "9",
          title: "إغلاق الميناء",
          body: "First.\n\nSecond.",
          createdAt: "2026-12-07T11:50:00.000Z",
        },
      },
      "ar",
      "Asia/Riyadh",
    );
    expect(view).toMatchObject({
      id: "3",
      url: `/ar/news/3/${encodeURIComponent("عاصفة")}`,
      updatedAt: "2026-12-07T11:50:00.000Z",
      latest: { id: "9", title: "إغلاق الميناء", body: "First.\n\nSecond." },
    });
    // 11:50 UTC is 2:50 in the afternoon in Riyadh.
    expect(view.updatedLabel).toContain("02:50 م");
    expect(view.latest?.postedLabel).toContain("02:50 م");
  });

  it("has no latest update before the first one", () => {
    const view = liveStoryView(
      {
        article: { id: "4", title: "Live", url: "/en/news/4/live" },
        lastUpdatedAt: "2026-12-07T11:00:00.000Z",
        latestUpdate: null,
      },
      "en",
      "UTC",
    );
    expect(view.latest).toBeNull();
    expect(view.updatedLabel).toContain("2026");
  });
});
