import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { editionNames, MediaGrid, MediaUploadForm } from "./MediaLibrary.tsx";

describe("MediaUploadForm", () => {
  it("sends a multipart form with the texts before the file, and says what is accepted", () => {
    const html = renderDesk(
      "ar",
      <MediaUploadForm editions={["ar"]} edition="ar" refusal={null} values={null} />,
    );
    expect(tagsWith(html, "<form")[0]?.toLowerCase()).toContain('enctype="multipart/form-data"');
    expect(html.indexOf('name="alt"')).toBeLessThan(html.indexOf('name="file"'));
    expect(tagsWith(html, 'name="file"')[0]).toContain("video/mp4");
    expect(html).toContain("حتى 25 ميغابايت و50 ميغابكسل");
    expect(html).not.toContain('role="alert"');
  });

  it("shows the API's refusal on the file field", () => {
    const message = "هذا الملف ليس صورة أو فيديو مقبولًا.";
    const values = { alt: "قوارب في الميناء", caption: "صباحاً", credit: "صحيفة" };
    const html = renderDesk(
      "ar",
      <MediaUploadForm editions={["ar", "es"]} edition="es" refusal={message} values={values} />,
    );
    expect(html).toContain(message);
    // Without JavaScript the page is all there is: the texts come back as typed.
    expect(tagsWith(html, 'name="alt"')[0]).toContain('value="قوارب في الميناء"');
    expect(tagsWith(html, 'name="caption"')[0]).toContain('value="صباحاً"');
    expect(tagsWith(html, 'name="credit"')[0]).toContain('value="صحيفة"');
    expect(html).toMatch(/<option value="es"[^>]*selected/);
    expect(tagsWith(html, 'name="file"')[0]).toContain('aria-invalid="true"');
    expect(tagsWith(html, 'name="file"')[0]).toContain('aria-describedby="upload-error accepted-hint"');
  });
});

describe("MediaGrid", () => {
  it("links each item to its page and names the editions that lack alt text or a caption", () => {
    const html = renderDesk(
      "es",
      <MediaGrid
        ui="es"
        timeZone="UTC"
        items={[
          {
            id: 7,
            kind: "image",
            width: 1600,
            height: 900,
            createdAt: "2026-12-07T10:00:00.000Z",
            texts: [{ locale: "es", alt: "Barcos en el puerto", caption: "El puerto", credit: null }],
            lacking: ["en", "ar"],
            thumbnail: { url: "/media/i/abc/square-320.webp", srcset: "/media/i/abc/square-320.webp 320w" },
          },
        ]}
      />,
    );
    expect(tagsWith(html, 'href="/es/media/7"')).toHaveLength(1);
    expect(tagsWith(html, "<img")[0]).toContain('alt="Barcos en el puerto"');
    expect(html).toContain("Falta texto alternativo o pie en: English y العربية");
  });

  it("joins edition names as the desk's language joins a list", () => {
    expect(editionNames(["en", "es"], "ar")).toBe("English وEspañol");
    expect(editionNames(["ar"], "en")).toBe("العربية");
  });
});
