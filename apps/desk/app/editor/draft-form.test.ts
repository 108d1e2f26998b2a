import type { ShouldRevalidateFunctionArgs } from "react-router";
import { describe, expect, it } from "vitest";
import { sourceContent } from "../testing/fixtures.ts";
import { slotFieldName } from "./block-slots.ts";
import { draftFormData, draftProblems, readDraftForm, revalidateUnlessAutosave } from "./draft-form.ts";

describe("readDraftForm", () => {
  it("reads back what draftFormData wrote (the autosave path)", () => {
    const submission = { basedOnRevisionId: 41, content: sourceContent };
    const form = draftFormData("save", submission);
    expect(form.get("intent")).toBe("save");
    expect(readDraftForm(form)).toEqual(submission);
  });

  it("applies the text fields of a plain form post over the structure (the no-JS path)", () => {
    const form = draftFormData("save", { basedOnRevisionId: 7, content: sourceContent });
    form.set("title", "Los pueblos del río se preparan");
    form.set(slotFieldName(1, "text"), "Sacos terreros en el puente");
    form.set(slotFieldName(3, "items[0][0].text"), "Botas");
    const read = readDraftForm(form);
    expect(read?.content.title).toBe("Los pueblos del río se preparan");
    expect(read?.content.body[1]).toEqual({ type: "heading", level: 2, text: "Sacos terreros en el puente" });
    expect(read?.content.body[3]).toEqual({
      type: "list",
      ordered: false,
      items: [[{ text: "Botas" }], [{ text: "Torches" }]],
    });
    expect(read?.content.body[4]).toEqual(sourceContent.body[4]);
  });

  it("carries the source revision a caught-up translation now follows", () => {
    const submission = { basedOnRevisionId: 41, sourceRevisionId: 9, content: sourceContent };
    expect(readDraftForm(draftFormData("save", submission))).toEqual(submission);
  });

  it("refuses a post whose structure is not a JSON array", () => {
    const form = draftFormData("save", { basedOnRevisionId: 1, content: sourceContent });
    form.set("structure", "{");
    expect(readDraftForm(form)).toBeNull();
    form.set("structure", '{"type":"paragraph"}');
    expect(readDraftForm(form)).toBeNull();
  });

  it("treats a missing or bad base revision as none and empty SEO fields as null", () => {
    const form = draftFormData("save", { basedOnRevisionId: null, content: sourceContent });
    form.set("basedOnRevisionId", "abc");
    form.set("seoTitle", "  ");
    const read = readDraftForm(form);
    expect(read?.basedOnRevisionId).toBeNull();
    expect(read?.content.seoTitle).toBeNull();
  });
});

describe("draftProblems", () => {
  it("accepts a good draft and names the field and block of a bad one, as the API would", () => {
    expect(draftProblems(sourceContent, "en")).toEqual([]);
    const bad = {
      ...sourceContent,
      title: "",
      body: sourceContent.body.with(0, {
        type: "paragraph",
        content: [{ text: "clic", href: "javascript:alert(1)" }],
      } as const),
    };
    const problems = draftProblems(bad, "es");
    expect(problems.some((problem) => problem.field === "title" && problem.blockIndex === null)).toBe(true);
    expect(problems.some((problem) => problem.blockIndex === 0 && problem.field === "content[0].href")).toBe(
      true,
    );
  });
});

describe("revalidateUnlessAutosave", () => {
  const args = (intent: string, actionResult: unknown) => {
    const formData = new FormData();
    formData.set("intent", intent);
    return {
      formData,
      actionResult,
      defaultShouldRevalidate: true,
    } as unknown as ShouldRevalidateFunctionArgs;
  };

  it("reloads nothing after a saved autosave", () => {
    expect(revalidateUnlessAutosave(args("save", { kind: "saved", revisionId: 3 }))).toBe(false);
  });

  it("reloads after a save that did not land (redirected to sign-in, refused) and after anything else", () => {
    expect(revalidateUnlessAutosave(args("save", undefined))).toBe(true);
    expect(revalidateUnlessAutosave(args("save", { kind: "conflict" }))).toBe(true);
    expect(revalidateUnlessAutosave(args("publish", { kind: "workflow" }))).toBe(true);
  });
});
