import { describe, expect, it } from "vitest";
import { RUNNING_FOR_MS, runningLiveStories } from "./live-stories.ts";

const NOW = new Date("2026-12-07T12:00:00.000Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const story = (id: string, kind: string, publishedMinutesAgo: number, updateMinutesAgo?: number) => ({
  id,
  kind,
  title: `Story ${id}`,
  url: `/ar/news/${id}/عاصفة`,
  publishedAt: ago(publishedMinutesAgo),
  liveUpdates:
    updateMinutesAgo === undefined
      ? []
      : [
          {
            id: `u${id}`,
            title: "Ferries stay in port",
            body: "First.\n\nSecond.",
            createdAt: ago(updateMinutesAgo),
          },
        ],
});

describe("runningLiveStories", () => {
  it("keeps live stories updated within the running window, the most recently updated first", () => {
    const stories = runningLiveStories(
      [
        story("1", "news", 5),
        story("2", "live", 300, 90),
        story("3", "live", 600, 10),
        story("4", "live", 30),
        story("5", "live", 5_000, RUNNING_FOR_MS / 60_000 + 1),
      ],
      "ar",
      "UTC",
      NOW,
    );
    expect(stories.map((s) => s.id)).toEqual(["3", "4", "2"]);
    expect(stories[0]).toMatchObject({
      url: `/ar/news/3/${encodeURIComponent("عاصفة")}`,
      updatedAt: ago(10),
      latest: { id: "u3", title: "Ferries stay in port" },
    });
    // A story with no update yet counts from its publication.
    expect(stories[1]).toMatchObject({ id: "4", updatedAt: ago(30), latest: null });
    expect(stories[0]?.updatedLabel).toContain("2026");
  });
});
