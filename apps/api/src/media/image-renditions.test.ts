import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderRendition } from "./image-renditions.ts";

/** A 400×200 image: left half red, right half blue. */
async function halves() {
  const red = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#d00000" } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 400, height: 200, channels: 3, background: "#0000d0" } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg()
    .toBuffer();
}

describe("renderRendition", () => {
  it("crops around the focal point and encodes each format at the spec's size", async () => {
    const master = await halves();
    const source = { width: 400, height: 200 };
    const left = await renderRendition(
      master,
      source,
      { crop: "square", width: 100, height: 100, format: "jpeg" },
      { x: 0.1, y: 0.5 },
    );
    const right = await renderRendition(
      master,
      source,
      { crop: "square", width: 100, height: 100, format: "webp" },
      { x: 0.9, y: 0.5 },
    );
    const stats = async (bytes: Uint8Array) =>
      (await sharp(bytes).stats()).channels.map((c) => Math.round(c.mean));
    const [lr, , lb] = await stats(left);
    const [rr, , rb] = await stats(right);
    expect(lr).toBeGreaterThan(150);
    expect(lb).toBeLessThan(50);
    expect(rb).toBeGreaterThan(150);
    expect(rr).toBeLessThan(50);
    expect(await sharp(right).metadata()).toMatchObject({ format: "webp", width: 100, height: 100 });

    const avif = await renderRendition(
      master,
      source,
      { crop: "full", width: 320, height: 160, format: "avif" },
      { x: 0.5, y: 0.5 },
    );
    expect(await sharp(avif).metadata()).toMatchObject({
      format: "heif",
      compression: "av1",
      width: 320,
      height: 160,
    });
    const card = await renderRendition(
      master,
      source,
      { crop: "card", width: 1200, height: 630, format: "jpeg" },
      { x: 0.5, y: 0.5 },
    );
    expect(await sharp(card).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 630 });
  });
});
