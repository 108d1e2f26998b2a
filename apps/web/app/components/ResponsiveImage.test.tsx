import { describe, expect, it } from "vitest";
import { renderInEdition } from "../testing/render.tsx";
import { ResponsiveImage } from "./ResponsiveImage.tsx";

const base = {
  url: "/media/i/abc/full-1280.jpg",
  width: 4000,
  height: 3000,
  alt: "Fishing boats at the quay",
  caption: "",
  credit: null,
  socialCard: null,
};

describe("ResponsiveImage", () => {
  it("offers AVIF and WebP renditions by width before the JPEG, with the intrinsic size", () => {
    const html = renderInEdition(
      "en",
      <ResponsiveImage
        image={{
          ...base,
          sources: {
            avif: "/media/i/abc/full-320.avif 320w, /media/i/abc/full-640.avif 640w",
            webp: "/media/i/abc/full-320.webp 320w",
            jpeg: "/media/i/abc/full-320.jpg 320w, /media/i/abc/full-1280.jpg 1280w",
          },
        }}
        eager
      />,
    );
    expect(html).toMatch(
      /^<picture><source type="image\/avif" srcSet="[^"]+640w" sizes="[^"]+"\/><source type="image\/webp"/,
    );
    expect(html).toContain('srcSet="/media/i/abc/full-320.jpg 320w, /media/i/abc/full-1280.jpg 1280w"');
    expect(html).toContain('width="4000" height="3000"');
    expect(html).toContain('fetchPriority="high"');
  });

  it("is a plain img when the image has no renditions", () => {
    const html = renderInEdition(
      "en",
      <ResponsiveImage image={{ ...base, sources: { avif: "", webp: "", jpeg: "" } }} />,
    );
    expect(html).toMatch(/^<img src="\/media\/i\/abc\/full-1280.jpg" width="4000" height="3000"/);
    expect(html).not.toContain("srcSet");
  });
});
