import type { TranslationContent } from "@sahifa/domain/article";
import type { BodyBlock, InlineMark, InlineRun } from "@sahifa/domain/blocks";
import { INLINE_MARKS } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";

/**
 * A translation as XLIFF units, and back (docs/architecture/073-xliff.md).
 * One unit per translatable text: title, summary, SEO fields, and per body
 * block its text, attribution, list items and captions. Paragraphs and list
 * items keep their inline marks and links as codes, and paragraphs are cut
 * into one segment per sentence where no code spans the cut.
 */

/** Text, or an inline code (a bold, italic or link span) around more nodes. */
export type InlineNode =
  | { kind: "text"; text: string }
  | { kind: "code"; format: "bold" | "italic" | "link"; href?: string; children: InlineNode[] };

export interface Segment {
  source: InlineNode[];
  /** Null when the file has no target for the segment. */
  target: InlineNode[] | null;
}

export interface Unit {
  id: string;
  /** Where the text sits, for the translator ("Block 3 (paragraph)"). */
  note: string;
  segments: Segment[];
}

/** Where a unit's text goes in a translation. */
type Slot =
  | { field: "title" | "summary" | "seoTitle" | "seoDescription" }
  | { block: number; part: "text" | "attribution" | "caption" | "title" }
  | { block: number; part: "item" | "galleryCaption"; index: number };

function textNodes(text: string): InlineNode[] {
  return text === "" ? [] : [{ kind: "text", text }];
}

/** A run as nested codes: link outside, then bold, then italic, the text inside. */
function runToNodes(run: InlineRun): InlineNode[] {
  let nodes = textNodes(run.text);
  const marks = [...(run.marks ?? [])].sort((a, b) => INLINE_MARKS.indexOf(b) - INLINE_MARKS.indexOf(a));
  for (const mark of marks) nodes = [{ kind: "code", format: mark, children: nodes }];
  if (run.href !== undefined) nodes = [{ kind: "code", format: "link", href: run.href, children: nodes }];
  return nodes;
}

export function runsToNodes(runs: readonly InlineRun[]): InlineNode[] {
  return runs.flatMap(runToNodes);
}

/** Runs from nodes, adjacent runs with the same marks and link merged; marks in INLINE_MARKS order. */
export function nodesToRuns(nodes: readonly InlineNode[]): InlineRun[] {
  const runs: InlineRun[] = [];
  const walk = (list: readonly InlineNode[], marks: ReadonlySet<InlineMark>, href: string | undefined) => {
    for (const node of list) {
      if (node.kind === "text") {
        if (node.text === "") continue;
        const run: InlineRun = { text: node.text };
        const ordered = INLINE_MARKS.filter((mark) => marks.has(mark));
        if (ordered.length > 0) run.marks = ordered;
        if (href !== undefined) run.href = href;
        const last = runs.at(-1);
        if (last && sameFormat(last, run)) last.text += run.text;
        else runs.push(run);
      } else if (node.format === "link") {
        walk(node.children, marks, node.href);
      } else {
        walk(node.children, new Set([...marks, node.format]), href);
      }
    }
  };
  walk(nodes, new Set(), undefined);
  return runs;
}

function sameFormat(a: InlineRun, b: InlineRun): boolean {
  return a.href === b.href && (a.marks ?? []).join() === (b.marks ?? []).join();
}

/** Runs in a canonical form (empty runs dropped, neighbours with one format merged), for comparisons. */
export function normalizeRuns(runs: readonly InlineRun[]): InlineRun[] {
  const merged = nodesToRuns(runsToNodes(runs));
  return merged.length > 0 ? merged : [{ text: "" }];
}

export function plainText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.kind === "text" ? node.text : plainText(node.children))).join("");
}

/**
 * Cuts top-level nodes into sentences: a cut falls only inside or between
 * plain text nodes, never inside a code, so every segment is well-formed.
 */
export function splitSentences(nodes: readonly InlineNode[], locale: Locale): InlineNode[][] {
  const text = plainText(nodes);
  const segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
  const cuts = new Set<number>();
  for (const { index } of segmenter.segment(text)) if (index > 0) cuts.add(index);
  const segments: InlineNode[][] = [[]];
  let offset = 0;
  for (const node of nodes) {
    const length = node.kind === "text" ? node.text.length : plainText(node.children).length;
    if (node.kind === "code") {
      segments.at(-1)?.push(node);
    } else {
      let start = 0;
      for (let i = 1; i < length; i++) {
        if (!cuts.has(offset + i)) continue;
        segments.at(-1)?.push({ kind: "text", text: node.text.slice(start, i) });
        segments.push([]);
        start = i;
      }
      segments.at(-1)?.push({ kind: "text", text: node.text.slice(start) });
    }
    offset += length;
    if (cuts.has(offset) && offset < text.length) segments.push([]);
  }
  return segments.filter((segment) => segment.length > 0);
}

interface Text {
  slot: Slot;
  id: string;
  note: string;
  nodes: InlineNode[];
  /** Paragraphs are cut into sentences; other texts are one segment. */
  sentences: boolean;
}

function blockLabel(index: number, type: string): string {
  return `Block ${index + 1} (${type})`;
}

/** The translatable texts of a content, each with its unit id and where it goes. */
function textsOf(content: TranslationContent): Text[] {
  const texts: Text[] = [];
  const field = (
    name: "title" | "summary" | "seoTitle" | "seoDescription",
    note: string,
    value?: string | null,
  ) => {
    if (value)
      texts.push({ slot: { field: name }, id: name, note, nodes: textNodes(value), sentences: false });
  };
  field("title", "Title", content.title);
  field("summary", "Summary (standfirst)", content.summary);
  field("seoTitle", "Title for search engines", content.seoTitle);
  field("seoDescription", "Description for search engines", content.seoDescription);
  content.body.forEach((block, index) => {
    const label = blockLabel(index, block.type);
    const add = (slot: Slot, suffix: string, note: string, nodes: InlineNode[], sentences = false) => {
      if (plainText(nodes) !== "") texts.push({ slot, id: `b${index}${suffix}`, note, nodes, sentences });
    };
    switch (block.type) {
      case "paragraph":
        add({ block: index, part: "text" }, "", label, runsToNodes(block.content), true);
        break;
      case "heading":
        add({ block: index, part: "text" }, "", label, textNodes(block.text));
        break;
      case "quote":
        add({ block: index, part: "text" }, "", label, textNodes(block.text));
        add(
          { block: index, part: "attribution" },
          ".attribution",
          `${label}: attribution`,
          textNodes(block.attribution ?? ""),
        );
        break;
      case "list":
        block.items.forEach((item, j) => {
          add(
            { block: index, part: "item", index: j },
            `.item${j}`,
            `${label}: item ${j + 1}`,
            runsToNodes(item),
          );
        });
        break;
      case "image":
        add(
          { block: index, part: "caption" },
          ".caption",
          `${label}: caption`,
          textNodes(block.caption ?? ""),
        );
        break;
      case "gallery":
        block.items.forEach((item, j) => {
          add(
            { block: index, part: "galleryCaption", index: j },
            `.caption${j}`,
            `${label}: caption ${j + 1}`,
            textNodes(item.caption ?? ""),
          );
        });
        break;
      case "video":
        add({ block: index, part: "title" }, ".title", `${label}: title`, textNodes(block.title));
        break;
      case "related":
        break;
    }
  });
  return texts;
}

/** Whether two bodies have the same blocks in the same order (a translation aligned with its source). */
export function isAligned(source: readonly BodyBlock[], target: readonly BodyBlock[]): boolean {
  return source.length === target.length && source.every((block, i) => block.type === target[i]?.type);
}

/**
 * The units of a translation: source text from the source revision, target
 * text from the translation's head where it lines up with the source (same
 * unit id), cut into the same segments when the sentence count agrees.
 */
export function buildUnits(
  source: TranslationContent,
  target: TranslationContent,
  sourceLocale: Locale,
  targetLocale: Locale,
): Unit[] {
  const targets = new Map(textsOf(target).map((text) => [text.id, text]));
  const aligned = isAligned(source.body, target.body);
  return textsOf(source).map((text) => {
    const found = aligned || !text.id.startsWith("b") ? targets.get(text.id) : undefined;
    const sourceSegments = text.sentences ? splitSentences(text.nodes, sourceLocale) : [text.nodes];
    const targetSegments = found
      ? text.sentences
        ? splitSentences(found.nodes, targetLocale)
        : [found.nodes]
      : null;
    let segments: Segment[];
    if (targetSegments && targetSegments.length === sourceSegments.length) {
      segments = sourceSegments.map((nodes, i) => ({
        source: nodes,
        target: untranslated(nodes, targetSegments[i]),
      }));
    } else if (targetSegments) {
      // Sentences do not line up one to one: the whole text is one segment.
      segments = [{ source: text.nodes, target: found?.nodes ?? null }];
    } else {
      segments = sourceSegments.map((nodes) => ({ source: nodes, target: null }));
    }
    return { id: text.id, note: text.note, segments };
  });
}

/** A target still equal to its source (text filled from the source) goes out as no target, for the CAT tool to fill. */
function untranslated(source: InlineNode[], target: InlineNode[] | undefined): InlineNode[] | null {
  if (!target) return null;
  return JSON.stringify(target) === JSON.stringify(source) ? null : target;
}

export type UnitOutcome = "taken" | "partial" | "empty";

export interface UnitReport {
  unitId: string;
  outcome: UnitOutcome;
}

/**
 * Puts the units' targets into a translation. The result starts from the
 * current head when it lines up with the source (so what the file does not
 * carry stays as it was), otherwise from the source's structure. A segment
 * without a target keeps its source text; a unit with no target at all leaves
 * the text as it was.
 */
export function applyUnits(
  source: TranslationContent,
  head: TranslationContent,
  units: ReadonlyMap<string, Segment[]>,
): { content: TranslationContent; reports: UnitReport[] } {
  const base: TranslationContent = structuredClone(
    isAligned(source.body, head.body) ? head : { ...head, body: source.body },
  );
  const reports: UnitReport[] = [];
  for (const text of textsOf(source)) {
    const segments = units.get(text.id) ?? [];
    const withTarget = segments.filter((segment) => segment.target !== null).length;
    const outcome: UnitOutcome =
      withTarget === 0 ? "empty" : withTarget < segments.length ? "partial" : "taken";
    reports.push({ unitId: text.id, outcome });
    if (outcome === "empty") continue;
    const nodes = segments.flatMap((segment) => segment.target ?? segment.source);
    put(base, text.slot, nodes);
  }
  return { content: base, reports };
}

function put(content: TranslationContent, slot: Slot, nodes: InlineNode[]): void {
  const text = plainText(nodes);
  if ("field" in slot) {
    content[slot.field] = text;
    return;
  }
  const block = content.body[slot.block];
  if (!block) return;
  switch (slot.part) {
    case "text":
      if (block.type === "paragraph") block.content = normalizeRuns(nodesToRuns(nodes));
      else if (block.type === "heading" || block.type === "quote") block.text = text;
      break;
    case "attribution":
      if (block.type === "quote") block.attribution = text;
      break;
    case "caption":
      if (block.type === "image") block.caption = text;
      break;
    case "title":
      if (block.type === "video") block.title = text;
      break;
    case "item":
      if (block.type === "list" && block.items[slot.index])
        block.items[slot.index] = normalizeRuns(nodesToRuns(nodes));
      break;
    case "galleryCaption": {
      const item = block.type === "gallery" ? block.items[slot.index] : undefined;
      if (item) item.caption = text;
      break;
    }
  }
}

/** The unit ids a translation's source yields, in order (what an import must carry, no more, no less). */
export function unitIds(source: TranslationContent): string[] {
  return textsOf(source).map((text) => text.id);
}

/** Content in a canonical form, so "nothing changed" compares texts, not run boundaries. */
export function canonicalContent(content: TranslationContent): TranslationContent {
  return {
    ...content,
    seoTitle: content.seoTitle ?? null,
    seoDescription: content.seoDescription ?? null,
    body: content.body.map((block) => {
      if (block.type === "paragraph") return { ...block, content: normalizeRuns(block.content) };
      if (block.type === "list") return { ...block, items: block.items.map(normalizeRuns) };
      return block;
    }),
  };
}
