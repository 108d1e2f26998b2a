import { describe, expect, it } from "vitest";
import { readConflictForm } from "../editor/conflict-choices.ts";
import { readDraftForm } from "../editor/draft-form.ts";
import { sourceContent } from "../testing/fixtures.ts";
import { renderDesk, tagsWith } from "../testing/render.tsx";
import { ConflictScreen, contentAsText } from "./ConflictScreen.tsx";

const theirs = {
  revisionId: 20,
  authorName: "Karim",
  createdAt: "2026-11-24T20:05:00.000Z",
  content: { ...sourceContent, title: "Their title" },
};
const yours = {
  ...sourceContent,
  title: "My title",
  body: sourceContent.body.with(1, { type: "heading", level: 2, text: "My heading" } as const),
};

const htmlUnescape = (value: string) =>
  value.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&#x27;", "'");

/** The fields a browser would post from the form marked `marker`: hidden inputs and checked radios. */
function postedForm(html: string, marker: string): FormData {
  const start = html.lastIndexOf("<form", html.indexOf(marker));
  const form = html.slice(start, html.indexOf("</form>", start));
  const data = new FormData();
  for (const tag of [...tagsWith(form, 'type="hidden"'), ...tagsWith(form, 'checked=""')]) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1];
    if (name && value !== undefined) {
      data.set(name, htmlUnescape(value));
    }
  }
  return data;
}

describe("ConflictScreen", () => {
  const html = renderDesk(
    "en",
    <ConflictScreen ui="en" locale="es" yours={yours} head={theirs} editorUrl="/en/articles/3/es" />,
  );

  it("shows both versions side by side, field by field and block by block", () => {
    expect(html).toContain("Someone else saved this translation");
    expect(html).toContain("Karim");
    expect(html).toContain("My title");
    expect(html).toContain("Their title");
    expect(html).toContain("My heading");
    expect(html).toContain('data-kind="changed"');
  });

  it("saves mine as a new revision on top of theirs, losing neither", () => {
    const submission = readDraftForm(postedForm(html, 'data-testid="keep-mine"'));
    expect(submission?.basedOnRevisionId).toBe(20);
    expect(submission?.content).toEqual({ ...yours, seoTitle: null, seoDescription: null });
  });

  it("lets me take theirs and keeps my text copyable", () => {
    expect(tagsWith(html, 'data-testid="keep-theirs"')[0]).toContain('href="/en/articles/3/es"');
    expect(html).toContain('data-testid="mine-text"');
    expect(contentAsText(yours)).toContain("My heading");
  });

  it("offers mine or theirs for each field and block that differs, mine chosen until changed", () => {
    for (const part of ["title", "block-1"]) {
      expect(tagsWith(html, `data-testid="choose-mine-${part}"`)[0]).toContain('checked=""');
      expect(tagsWith(html, `data-testid="choose-theirs-${part}"`)[0]).not.toContain('checked=""');
    }
    // Fields and blocks both versions share offer no choice.
    expect(tagsWith(html, 'data-testid="choose-mine-summary"')).toHaveLength(0);
    expect(tagsWith(html, 'data-testid="choose-mine-block-0"')).toHaveLength(0);
  });

  it("posts the chosen mix without JavaScript, on top of their revision", () => {
    const form = postedForm(html, 'data-testid="conflict-choices"');
    expect(form.get("intent")).toBe("merge");
    form.set("choice:title", "theirs");
    const submission = readConflictForm(form);
    expect(submission?.basedOnRevisionId).toBe(20);
    expect(submission?.content.title).toBe("Their title");
    expect(submission?.content.body[1]).toEqual({ type: "heading", level: 2, text: "My heading" });
  });
});
