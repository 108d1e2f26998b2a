import { describe, expect, it } from "vitest";
import { appendPage, bodyMediaIds, formatDuration, type MediaChoice } from "./media-choice.ts";

const choice = (id: number): MediaChoice => ({
  id,
  kind: "image",
  url: null,
  alt: "",
  fileName: null,
  missingAltLocales: [],
  video: null,
});

describe("media choices", () => {
  it("writes a video's length as a player does", () => {
    expect(formatDuration(2)).toBe("0:02");
    expect(formatDuration(65.4)).toBe("1:05");
    expect(formatDuration(3723)).toBe("1:02:03");
  });

  it("appends a further page once, whatever came twice, and takes its cursor and count", () => {
    const first = { items: [choice(9), choice(8)], endCursor: "8", totalCount: 4 };
    const next = { items: [choice(8), choice(7)], endCursor: null, totalCount: 3 };
    expect(appendPage(first, next)).toEqual({
      items: [choice(9), choice(8), choice(7)],
      endCursor: null,
      totalCount: 3,
    });
  });

  it("lists the images and videos a body shows, so older ones stay offered", () => {
    expect(
      bodyMediaIds([
        { type: "image", mediaId: 3 },
        { type: "gallery", items: [{ mediaId: 4 }, { mediaId: 5 }] },
        { type: "video", url: "/media/v/x.mp4", title: "x", mediaId: 6, posterMediaId: 7 },
        { type: "video", url: "https://video.example.org/a.mp4", title: "y" },
      ]),
    ).toEqual({ images: [3, 4, 5], videos: [6] });
  });
});
