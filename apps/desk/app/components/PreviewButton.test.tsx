import { describe, expect, it } from "vitest";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { PreviewButton } from "./PreviewButton.tsx";

describe("PreviewButton", () => {
  it("posts to the preview route into a new tab, without JavaScript, worded in the desk's language", () => {
    const html = renderDesk("ar", <PreviewButton action="/ar/articles/3/ar/preview" />);
    const [form] = tagsWith(html, 'action="/ar/articles/3/ar/preview"');
    expect(form).toContain('method="post"');
    expect(form).toContain('target="_blank"');
    expect(html).toContain(">معاينة</button>");
    expect(html).not.toContain('name="revisionId"');
  });

  it("names the revision to preview from the history", () => {
    const html = renderDesk("es", <PreviewButton action="/es/articles/3/es/preview" revisionId={41} />);
    expect(tagsWith(html, 'name="revisionId"')[0]).toContain('value="41"');
    expect(html).toContain("Vista previa de esta revisión");
  });
});
