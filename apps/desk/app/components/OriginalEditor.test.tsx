import type { TranslationContent } from "@sahifa/domain/article";
import { availableActions } from "@sahifa/domain/permissions";
import { describe, expect, it } from "vitest";
import { slotFieldName } from "../editor/block-slots.ts";
import type { EditorData } from "../editor/editor-model.ts";
import type { BodyMedia } from "../editor/media-choice.ts";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { OriginalEditor } from "./OriginalEditor.tsx";

const arabic: TranslationContent = {
  title: "المياه تعود إلى القنوات",
  slug: "المياه-تعود-إلى-القنوات",
  summary: "عادت المياه بعد ترميم القنوات.",
  body: [
    {
      type: "paragraph",
      content: [{ text: "قال المزارعون إن المياه عادت بعد " }, { text: "عشر سنوات", marks: ["bold"] }],
    },
    { type: "heading", level: 2, text: "الترميم" },
    { type: "image", mediaId: 9 },
  ],
  seoTitle: null,
  seoDescription: null,
};

function data() {
  const user = { role: "editor", locales: ["ar"] } as const;
  return {
    articleId: 21,
    source: { locale: "ar", revisionId: 3, content: arabic },
    targetLocale: "ar",
    target: {
      status: "draft",
      head: { revisionId: 3, content: arabic, authorName: "هالة", createdAt: "2026-12-07T05:00:00.000Z" },
      outdated: false,
    },
    actions: availableActions(user, "ar", "draft", "ar"),
    canCreate: true,
  } satisfies EditorData;
}

const media = {
  images: {
    items: [
      {
        id: 9,
        kind: "image",
        url: "/media/i/x.jpg",
        alt: "قناة",
        fileName: null,
        missingAltLocales: [],
        video: null,
      },
    ],
    endCursor: null,
    totalCount: 1,
  },
  videos: { items: [], endCursor: null, totalCount: 0 },
} satisfies BodyMedia;

describe("OriginalEditor", () => {
  it("is one column in the article's language and direction, with no source and target", () => {
    const html = renderDesk(
      "en",
      <OriginalEditor ui="en" data={data()} media={media} result={null} />,
      "/en",
    );
    expect(tagsWith(html, 'data-testid="editor-form"')[0]).toMatch(/lang="ar" dir="rtl"/);
    expect(html).not.toContain("desk-columns");
    expect(html).not.toContain("Source");
    // The save bar speaks the desk's language.
    expect(tagsWith(html, 'class="desk-save-bar"')[0]).toMatch(/dir="ltr"/);
  });

  it("names each block by its type and, before JavaScript, offers its text as plain fields the form posts", () => {
    const html = renderDesk(
      "es",
      <OriginalEditor ui="es" data={data()} media={media} result={null} />,
      "/es",
    );
    expect(html).toContain("Bloque 1 · Párrafo");
    expect(html).toContain("Bloque 2 · Subtítulo");
    expect(html).toContain("Bloque 3 · Imagen");
    for (const name of [
      slotFieldName(0, "content[0].text"),
      slotFieldName(0, "content[1].text"),
      slotFieldName(1, "text"),
    ]) {
      expect(tagsWith(html, `name="${name}"`)).toHaveLength(1);
    }
    // The structure travels with the form, so a post without JavaScript keeps the blocks.
    expect(html).toContain('name="structure"');
  });

  it("shows a refused save's text and its errors on the fields, not the saved head", () => {
    const yours = { ...arabic, title: "" };
    const html = renderDesk(
      "ar",
      <OriginalEditor
        ui="ar"
        data={data()}
        media={media}
        result={{
          kind: "invalid",
          yours,
          errors: [{ field: "title", blockIndex: null, blockType: null, message: "العنوان فارغ." }],
        }}
      />,
      "/ar",
    );
    expect(tagsWith(html, 'name="title"')[0]).toContain('value=""');
    expect(tagsWith(html, 'name="title"')[0]).toContain('aria-invalid="true"');
    expect(html).toContain("العنوان فارغ.");
  });

  it("lets someone without the right to edit read it only", () => {
    const html = renderDesk(
      "en",
      <OriginalEditor ui="en" data={{ ...data(), actions: [] }} media={media} result={null} />,
      "/en",
    );
    expect(tagsWith(html, 'name="title"')[0]).toContain("readOnly");
    expect(html).not.toContain('data-testid="save"');
  });
});
