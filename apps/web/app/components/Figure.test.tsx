import { describe, expect, it } from "vitest";
import { renderInEdition } from "../testing/render.tsx";
import { Figure } from "./Figure.tsx";

const image = {
  url: "/media/port.jpg",
  width: 1200,
  height: 800,
  alt: "الميناء",
  caption: "سفن في الميناء",
  credit: "Reuters",
  sources: { avif: "", webp: "", jpeg: "" },
  socialCard: null,
};

describe("Figure", () => {
  it("separates the credit from the caption by a space, whatever the direction of either", () => {
    const html = renderInEdition("ar", <Figure image={image} />).replaceAll("<!-- -->", "");
    expect(html).toMatch(/سفن في الميناء <bdi class="credit">[^<]*Reuters[^<]*<\/bdi>/);
  });

  it("shows a credit alone without a leading space", () => {
    const html = renderInEdition("en", <Figure image={{ ...image, caption: "" }} />).replaceAll(
      "<!-- -->",
      "",
    );
    expect(html).toMatch(/<figcaption><bdi class="credit">/);
  });
});
