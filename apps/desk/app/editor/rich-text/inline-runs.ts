import { INLINE_MARKS, type InlineMark, type InlineRun } from "@sahifa/domain/blocks";
import type { JSONContent } from "@tiptap/core";

/*
 * The rich-text field edits ProseMirror documents; the article stores the domain's inline
 * runs. These two functions are the only bridge, so nothing but text, bold, italic and
 * http(s)/site-relative links ever crosses it (docs/architecture/080-rich-text-field.md).
 */

function isMark(value: unknown): value is InlineMark {
  return (INLINE_MARKS as readonly unknown[]).includes(value);
}

/** One paragraph (or list item) of runs as the single-paragraph document the field edits. */
export function runsToDoc(runs: readonly InlineRun[]): JSONContent {
  const content: JSONContent[] = runs
    .filter((run) => run.text !== "")
    .map((run) => {
      const marks: NonNullable<JSONContent["marks"]> = (run.marks ?? []).map((mark) => ({ type: mark }));
      if (run.href) marks.push({ type: "link", attrs: { href: run.href } });
      return { type: "text", text: run.text, ...(marks.length ? { marks } : {}) };
    });
  return { type: "doc", content: [{ type: "paragraph", ...(content.length ? { content } : {}) }] };
}

function runOf(node: JSONContent): InlineRun | null {
  if (node.type !== "text" || !node.text) return null;
  const marks = INLINE_MARKS.filter((mark) => node.marks?.some((m) => m.type === mark && isMark(m.type)));
  const href = node.marks?.find((m) => m.type === "link")?.attrs?.href;
  return {
    text: node.text,
    ...(marks.length ? { marks } : {}),
    ...(typeof href === "string" && href !== "" ? { href } : {}),
  };
}

function sameFormat(a: InlineRun, b: InlineRun): boolean {
  return a.href === b.href && (a.marks ?? []).join() === (b.marks ?? []).join();
}

/**
 * The runs of the field's document: neighbouring text with the same marks and link becomes
 * one run, marks come in the domain's order, and an empty field is one empty run (a
 * paragraph keeps its structure while it is being written).
 */
export function docToRuns(doc: JSONContent): InlineRun[] {
  const runs: InlineRun[] = [];
  const append = (run: InlineRun) => {
    const last = runs.at(-1);
    if (last && sameFormat(last, run)) runs[runs.length - 1] = { ...last, text: last.text + run.text };
    else runs.push(run);
  };
  const paragraphs = (doc.content ?? []).filter((node) => node.type === "paragraph");
  for (const [index, paragraph] of paragraphs.entries()) {
    // The field holds one paragraph; pasted breaks become spaces rather than lost words.
    if (index > 0 && runs.length) append({ text: " " });
    for (const node of paragraph.content ?? []) {
      const run = node.type === "hardBreak" ? { text: " " } : runOf(node);
      if (run) append(run);
    }
  }
  return runs.length ? runs : [{ text: "" }];
}

/** True when both hold the same text with the same marks and links. */
export function sameRuns(a: readonly InlineRun[], b: readonly InlineRun[]): boolean {
  const normal = (runs: readonly InlineRun[]) => JSON.stringify(docToRuns(runsToDoc(runs)));
  return normal(a) === normal(b);
}

/** `first` followed by `second` as one paragraph's runs (same-format runs where they meet become one). */
export function joinRuns(first: readonly InlineRun[], second: readonly InlineRun[]): InlineRun[] {
  const paragraph = (runs: readonly InlineRun[]) => runsToDoc(runs).content?.[0]?.content ?? [];
  return docToRuns({
    type: "doc",
    content: [{ type: "paragraph", content: [...paragraph(first), ...paragraph(second)] }],
  });
}

/** How many characters the runs hold (a cursor offset within the paragraph). */
export function runsLength(runs: readonly InlineRun[]): number {
  return runs.reduce((sum, run) => sum + run.text.length, 0);
}
