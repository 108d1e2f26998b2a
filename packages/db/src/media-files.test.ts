import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MEDIA_DIR, mediaUrlPath, resolveMediaFile } from "./media-files.ts";
import { demoMediaCatalogue } from "./seed/demo-newsroom.ts";

describe("resolveMediaFile", () => {
  const key = demoMediaCatalogue()[0]?.key ?? "";

  it("resolves a media URL path and a bare file name to the SVG on disk", () => {
    const expected = { filePath: `${MEDIA_DIR}/${key}.svg`, contentType: "image/svg+xml" };
    expect(resolveMediaFile(mediaUrlPath(key))).toEqual(expected);
    expect(resolveMediaFile(`${key}.svg`)).toEqual(expected);
  });

  it("refuses paths that would leave the media directory, hidden files and unknown types", () => {
    for (const bad of [
      "/media/../package.json",
      "/media/..%2Fpackage.json",
      "/media/%2e%2e/package.json",
      "/media/sub/dir.svg",
      "/media/.hidden.svg",
      "/media/x.svg%00.png",
      "/media/%E0%A4%A",
      "/etc/passwd",
      `/media/${key}.html`,
    ]) {
      expect(resolveMediaFile(bad), bad).toBeNull();
    }
  });

  it("serves videos from the video/ folder and no other sub-folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sahifa-media-"));
    try {
      mkdirSync(path.join(dir, "video"));
      writeFileSync(path.join(dir, "video", "clip.mp4"), "");
      mkdirSync(path.join(dir, "other"));
      writeFileSync(path.join(dir, "other", "clip.mp4"), "");
      expect(resolveMediaFile("/media/video/clip.mp4", dir)).toEqual({
        filePath: path.join(dir, "video", "clip.mp4"),
        contentType: "video/mp4",
      });
      expect(resolveMediaFile("/media/other/clip.mp4", dir)).toBeNull();
      expect(resolveMediaFile("/media/video/../video/clip.mp4", dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers null for a well-formed name that does not exist", () => {
    expect(resolveMediaFile("/media/no-such-image.svg")).toBeNull();
  });
});
