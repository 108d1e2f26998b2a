import { availableActions } from "@sahifa/domain/permissions";
import { describe, expect, it } from "vitest";
import { slotFieldName } from "../editor/block-slots.ts";
import type { EditorActionResult, EditorData } from "../editor/editor-model.ts";
import { sourceContent } from "../testing/fixtures.ts";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { TranslationEditor } from "./TranslationEditor.tsx";

const head = {
  revisionId: 12,
  authorName: "Lucía",
  createdAt: "2026-11-24T20:00:00.000Z",
  content: { ...sourceContent, title: "Los pueblos del río se preparan", slug: "los-pueblos-del-rio" },
};

function data(targetLocale: "es" | "ar", role: "translator" | "editor" = "translator") {
  const user = { role, locales: [targetLocale] } as const;
  return {
    articleId: 3,
    source: { locale: "en", revisionId: 5, content: sourceContent },
    targetLocale,
    target: { status: "draft", head, outdated: false },
    actions: availableActions(user, targetLocale, "draft"),
    canCreate: true,
  } satisfies EditorData;
}

/** The editor's data with the target's head holding `body`. */
function withBody(targetLocale: "es" | "ar", body: EditorData["source"]["content"]["body"]) {
  return {
    ...data(targetLocale),
    target: { status: "draft", outdated: false, head: { ...head, content: { ...head.content, body } } },
  } satisfies EditorData;
}

describe("TranslationEditor", () => {
  it("puts each source block beside its target block, each side in its own direction", () => {
    const html = renderDesk("ar", <TranslationEditor ui="ar" data={data("ar")} result={null} />, "/ar");
    const pairs = tagsWith(html, 'class="desk-pair"');
    expect(pairs).toHaveLength(sourceContent.body.length);
    expect(tagsWith(html, 'class="desk-source"').every((tag) => tag.includes('dir="ltr"'))).toBe(true);
    const targets = tagsWith(html, 'class="desk-target"');
    expect(targets.length).toBe(sourceContent.body.length + 3);
    expect(targets.every((tag) => tag.includes('dir="rtl"') && tag.includes('lang="ar"'))).toBe(true);
  });

  it("renders a form that saves without JavaScript: base revision, structure and one field per text", () => {
    const html = renderDesk("es", <TranslationEditor ui="es" data={data("es")} result={null} />);
    expect(tagsWith(html, 'name="basedOnRevisionId"')[0]).toContain('value="12"');
    expect(tagsWith(html, 'name="structure"')).toHaveLength(1);
    expect(tagsWith(html, 'name="title"')[0]).toContain('value="Los pueblos del río se preparan"');
    expect(tagsWith(html, `name="${slotFieldName(1, "text")}"`)).toHaveLength(1);
    expect(tagsWith(html, `name="${slotFieldName(3, "items[1][0].text")}"`)).toHaveLength(1);
    expect(tagsWith(html, 'value="save"')[0]).toContain('type="submit"');
    expect(html).toContain("Guardar");
  });

  it("offers a translator submit but not publish; an editor gets publish", () => {
    const translator = renderDesk("es", <TranslationEditor ui="es" data={data("es")} result={null} />);
    expect(tagsWith(translator, "data-action=").map((tag) => /data-action="(\w+)"/.exec(tag)?.[1])).toEqual([
      "submit",
    ]);
    const editor = renderDesk("es", <TranslationEditor ui="es" data={data("es", "editor")} result={null} />);
    expect(tagsWith(editor, "data-action=").map((tag) => /data-action="(\w+)"/.exec(tag)?.[1])).toEqual([
      "submit",
      "publish",
      "archive",
    ]);
  });

  it("is read-only for someone who may not edit this language", () => {
    const readOnly = { ...data("es"), actions: [] };
    const html = renderDesk("en", <TranslationEditor ui="en" data={readOnly} result={null} />, "/en");
    expect(tagsWith(html, 'name="title"')[0]).toContain("readOnly");
    expect(tagsWith(html, 'value="save"')).toHaveLength(0);
  });

  it("shows the translator's own text and the problems after a refused post", () => {
    const yours = { ...head.content, title: "" };
    const result: EditorActionResult = {
      kind: "invalid",
      yours,
      errors: [
        { blockIndex: null, blockType: null, field: "title", message: "Title is required" },
        { blockIndex: 0, blockType: "paragraph", field: "content[2].href", message: "Bad link" },
      ],
    };
    const html = renderDesk("en", <TranslationEditor ui="en" data={data("es")} result={result} />, "/en");
    expect(tagsWith(html, 'name="title"')[0]).toContain('value=""');
    expect(html).toContain("Title is required");
    expect(html).toContain("Bad link");
    expect(html).toContain("2 problems to fix");
    // Submit waits for a text the API would take, and says why.
    expect(tagsWith(html, 'data-action="submit"')[0]).toContain("disabled");
    expect(html).toContain("Fix the problems shown before changing the status");
  });

  it("leaves submit open when nothing is unsaved or refused", () => {
    const html = renderDesk("en", <TranslationEditor ui="en" data={data("es")} result={null} />, "/en");
    expect(tagsWith(html, 'data-action="submit"')[0]).not.toContain("disabled");
    expect(tagsWith(html, 'data-testid="workflow-blocked"')).toHaveLength(0);
  });

  it("marks glossary terms in the source and flags the block that misses the approved one", () => {
    const glossary = [
      { id: 9, kind: "place", source: "river", approved: "río", forbidden: [], note: null },
    ] as const;
    const html = renderDesk(
      "en",
      <TranslationEditor ui="en" data={{ ...data("es"), glossary: [...glossary] }} result={null} />,
      "/en",
    );
    expect(tagsWith(html, 'class="desk-glossary-term"').length).toBeGreaterThan(0);
    expect(tagsWith(html, 'data-testid="block-glossary"').length).toBeGreaterThan(0);
  });

  it("turns a conflict into the conflict screen with both versions", () => {
    const yours = { ...head.content, title: "Mi versión" };
    const theirs = { ...head, revisionId: 13, content: { ...head.content, title: "Su versión" } };
    const html = renderDesk(
      "es",
      <TranslationEditor ui="es" data={data("es")} result={{ kind: "conflict", head: theirs, yours }} />,
    );
    expect(html).toContain('data-testid="conflict"');
    expect(html).toContain("Mi versión");
    expect(html).toContain("Su versión");
    expect(tagsWith(html, 'name="basedOnRevisionId"')[0]).toContain('value="13"');
  });

  it("marks, as it renders, the blocks that still look untranslated, and warns beside submit", () => {
    const arabic = withBody(
      "ar",
      sourceContent.body
        .with(0, { type: "paragraph", content: [{ text: "ارتفع النهر نصف متر خلال الليل" }] } as const)
        .with(1, { type: "heading", level: 2, text: "Sandbags along the old bridge today" } as const),
    );
    const html = renderDesk("es", <TranslationEditor ui="es" data={arabic} result={null} />);
    const marks = tagsWith(html, 'data-testid="block-untranslated"');
    const reasons = new Map(
      marks.map((tag) => [/data-block="(\d+)"/.exec(tag)?.[1], /data-reason="(\w+)"/.exec(tag)?.[1]]),
    );
    expect(reasons.has("0")).toBe(false);
    expect(reasons.get("1")).toBe("wrong_script");
    expect(reasons.get("2")).toBe("same_as_source");
    // "Boots", "Torches": names and short labels may stay as written.
    expect(reasons.has("3")).toBe(false);
    expect(html).toContain("No está escrito en árabe");
    expect(html).toContain("Sigue siendo el texto del original");
    expect(tagsWith(html, 'data-testid="untranslated-warning"')[0]).toContain(`data-count="${marks.length}"`);
  });

  it("marks nothing and warns of nothing when every block is translated", () => {
    const translated = withBody("es", [
      { type: "paragraph", content: [{ text: "El río subió medio metro durante la noche." }] },
    ]);
    const html = renderDesk("en", <TranslationEditor ui="en" data={translated} result={null} />);
    expect(tagsWith(html, 'data-testid="block-untranslated"')).toHaveLength(0);
    expect(html).not.toContain('data-testid="untranslated-warning"');
  });

  it("words a refused accented slug in the desk's language and offers the suggested slug", () => {
    const yours = { ...head.content, slug: "qué-pasa" };
    const refused = {
      kind: "invalid",
      yours,
      errors: [
        {
          field: "slug",
          blockIndex: null,
          blockType: null,
          message: 'The slug may only contain lowercase letters; try "que-pasa".',
          code: "slug_invalid",
          params: { max: 120, suggestion: "que-pasa" },
        },
      ],
    } satisfies EditorActionResult;
    for (const [ui, worded, button] of [
      ["es", "pruebe con «que-pasa»", "Usar «que-pasa»"],
      ["ar", "«que-pasa»", "استخدم «que-pasa»"],
    ] as const) {
      const html = renderDesk(ui, <TranslationEditor ui={ui} data={data("es")} result={refused} />);
      expect(html).toContain(worded);
      expect(html).toContain(button);
      expect(html).not.toContain("The slug may only contain");
      expect(tagsWith(html, 'data-testid="use-suggestion-slug"')).toHaveLength(1);
    }
  });
});
