import { describe, expect, it } from "vitest";
import { cropRegion, parseRenditionPath, renditionPath, renditionsOf, srcsetOf } from "./media.ts";

const HASH = "a".repeat(64);

describe("cropRegion", () => {
  it("keeps the focal point inside a 16:9 crop of a portrait image", () => {
    const region = cropRegion({ width: 1000, height: 2000 }, 16 / 9, { x: 0.5, y: 0.9 });
    expect(region.width).toBe(1000);
    expect(region.height).toBe(563);
    // Centred on y = 1800 would overflow the bottom: pushed up to the edge.
    expect(region.top).toBe(2000 - 563);
    expect(region.left).toBe(0);
  });

  it("takes the full height of a wide image for a square and centres on the focal point", () => {
    const region = cropRegion({ width: 3000, height: 1000 }, 1, { x: 0.25, y: 0.5 });
    expect(region).toEqual({ left: 250, top: 0, width: 1000, height: 1000 });
  });
});

describe("renditionsOf", () => {
  it("offers every fixed width the source reaches, in three formats, never upscaled", () => {
    const specs = renditionsOf({ width: 1000, height: 750 }, "full", { x: 0.5, y: 0.5 });
    expect(specs.filter((s) => s.format === "avif").map((s) => [s.width, s.height])).toEqual([
      [320, 240],
      [640, 480],
      [960, 720],
    ]);
    expect(new Set(specs.map((s) => s.format))).toEqual(new Set(["avif", "webp", "jpeg"]));
  });

  it("offers a small image at its own width", () => {
    const specs = renditionsOf({ width: 200, height: 100 }, "square", { x: 0.5, y: 0.5 });
    expect(specs.map((s) => [s.width, s.height])).toContainEqual([100, 100]);
  });

  it("makes one 1200×630 JPEG card", () => {
    expect(renditionsOf({ width: 400, height: 300 }, "card", { x: 0.5, y: 0.5 })).toEqual([
      { crop: "card", width: 1200, height: 630, format: "jpeg" },
    ]);
  });
});

describe("rendition paths", () => {
  it("round-trips crop, width, focal point and format", () => {
    const path = renditionPath(
      HASH,
      { crop: "wide", width: 640, height: 360, format: "avif" },
      { x: 0.3, y: 0.72 },
    );
    expect(path).toBe(`/media/i/${HASH}/wide-640-30-72.avif`);
    expect(parseRenditionPath(path)).toEqual({
      hash: HASH,
      crop: "wide",
      width: 640,
      focal: { x: 0.3, y: 0.72 },
      format: "avif",
    });
    expect(parseRenditionPath(`/media/i/${HASH}/full-320.jpg`)).toMatchObject({
      crop: "full",
      format: "jpeg",
    });
  });

  it("refuses paths it never writes", () => {
    expect(parseRenditionPath(`/media/i/${HASH}/full-320-50-50.jpg`)).toBeNull();
    expect(parseRenditionPath(`/media/i/${HASH}/wide-320.jpg`)).toBeNull();
    expect(parseRenditionPath(`/media/i/${HASH}/wide-320-150-50.jpg`)).toBeNull();
    expect(parseRenditionPath(`/media/i/${HASH}/full-320.gif`)).toBeNull();
    expect(parseRenditionPath(`/media/i/../full-320.jpg`)).toBeNull();
  });

  it("writes srcset text", () => {
    expect(
      srcsetOf([
        { url: "/a.jpg", width: 320 },
        { url: "/b.jpg", width: 640 },
      ]),
    ).toBe("/a.jpg 320w, /b.jpg 640w");
  });
});
