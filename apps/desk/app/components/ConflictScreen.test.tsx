import { describe, expect, it } from "vitest";
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

function keepMineForm(html: string): FormData {
  const form = html.slice(html.indexOf("<form"), html.indexOf("</form>"));
  const data = new FormData();
  for (const tag of tagsWith(form, 'type="hidden"')) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1];
    if (name && value !== undefined) {
      data.set(name, value.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&#x27;", "'"));
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
    const submission = readDraftForm(keepMineForm(html));
    expect(submission?.basedOnRevisionId).toBe(20);
    expect(submission?.content).toEqual({ ...yours, seoTitle: null, seoDescription: null });
  });

  it("lets me take theirs and keeps my text copyable", () => {
    expect(tagsWith(html, 'data-testid="keep-theirs"')[0]).toContain('href="/en/articles/3/es"');
    expect(html).toContain('data-testid="mine-text"');
    expect(contentAsText(yours)).toContain("My heading");
  });
});
