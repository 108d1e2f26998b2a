import type { ValidationCode } from "@sahifa/domain/block-validation";
import type { Locale } from "@sahifa/domain/locales";
import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { DOMImplementation, type Element, type Node, XMLSerializer } from "@xmldom/xmldom";
import { childElements, parseUntrustedXml } from "../xml/parse-untrusted-xml.ts";
import type { InlineNode, Segment, Unit } from "./xliff-units.ts";

/**
 * XLIFF 2.1 and 1.2 documents of Sahifa translations, written and read with
 * a DOM (@xmldom/xmldom), never by string handling. Marks and links travel as
 * `<pc>` in 2.x (a link's address in `<originalData>`) and as `<g ctype>` in 1.2.
 */

export const XLIFF_VERSIONS = ["2.1", "1.2"] as const;
export type XliffVersion = (typeof XLIFF_VERSIONS)[number];

const NS_20 = "urn:oasis:names:tc:xliff:document:2.0";
const NS_12 = "urn:oasis:names:tc:xliff:document:1.2";
const NS_MDA = "urn:oasis:names:tc:xliff:metadata:2.0";

/** What ties a file to one translation and the revisions it was made from. */
export interface XliffFileInfo {
  articleId: number;
  sourceLocale: Locale;
  targetLocale: Locale;
  /** The original's revision the source text comes from. */
  sourceRevisionId: number;
  /** The translation's head when the file was made: an import saves over it. */
  baseRevisionId: number;
}

export interface XliffFile extends XliffFileInfo {
  units: Unit[];
}

/** Largest file an import reads: a long read in three scripts with markup stays far below. */
export const MAX_XLIFF_BYTES = 5 * 1024 * 1024;

function fileId(info: XliffFileInfo): string {
  return `sahifa-article-${info.articleId}-${info.targetLocale}`;
}

// ---------------------------------------------------------------- writing

interface Writer {
  doc: ReturnType<DOMImplementation["createDocument"]>;
  ns: string;
}

function el(w: Writer, name: string, attributes: Record<string, string> = {}, ns = w.ns): Element {
  const element = w.doc.createElementNS(ns, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

/** Inline nodes into `parent`, numbering codes per unit; links' addresses go to `data` (2.x). */
function appendInline(
  w: Writer,
  parent: Element,
  nodes: readonly InlineNode[],
  codes: { next: number; data: Map<string, string> },
  version: XliffVersion,
): void {
  for (const node of nodes) {
    if (node.kind === "text") {
      parent.appendChild(w.doc.createTextNode(node.text));
      continue;
    }
    codes.next += 1;
    const id = String(codes.next);
    let code: Element;
    if (version === "2.1") {
      if (node.format === "link") {
        const href = node.href ?? "";
        let dataId = [...codes.data].find(([, value]) => value === href)?.[0];
        if (!dataId) {
          dataId = `d${codes.data.size + 1}`;
          codes.data.set(dataId, href);
        }
        code = el(w, "pc", { id, type: "link", dataRefStart: dataId });
      } else {
        code = el(w, "pc", { id, type: "fmt", subType: node.format === "bold" ? "xlf:b" : "xlf:i" });
      }
    } else {
      code =
        node.format === "link"
          ? el(w, "g", { id, ctype: "x-link", "xhtml:href": node.href ?? "" })
          : el(w, "g", { id, ctype: node.format === "bold" ? "bold" : "italic" });
    }
    appendInline(w, code, node.children, codes, version);
    parent.appendChild(code);
  }
}

function writeUnit21(w: Writer, unit: Unit): Element {
  const element = el(w, "unit", { id: unit.id });
  const notes = el(w, "notes");
  const note = el(w, "note", { category: "location" });
  note.appendChild(w.doc.createTextNode(unit.note));
  notes.appendChild(note);
  element.appendChild(notes);
  const codes = { next: 0, data: new Map<string, string>() };
  const segments: Element[] = [];
  unit.segments.forEach((segment, index) => {
    const seg = el(w, "segment", { id: `s${index + 1}`, state: segment.target ? "translated" : "initial" });
    // Target codes reuse the numbers of the source's, in order: the n-th code of each side pairs up.
    const sourceCodes = { next: codes.next, data: codes.data };
    const source = el(w, "source");
    appendInline(w, source, segment.source, sourceCodes, "2.1");
    seg.appendChild(source);
    if (segment.target) {
      const target = el(w, "target");
      appendInline(w, target, segment.target, { next: codes.next, data: codes.data }, "2.1");
      seg.appendChild(target);
    }
    codes.next = sourceCodes.next;
    segments.push(seg);
  });
  if (codes.data.size > 0) {
    const original = el(w, "originalData");
    for (const [id, value] of codes.data) {
      const data = el(w, "data", { id });
      data.appendChild(w.doc.createTextNode(value));
      original.appendChild(data);
    }
    element.appendChild(original);
  }
  for (const seg of segments) element.appendChild(seg);
  return element;
}

function writeUnit12(w: Writer, unit: Unit): Element {
  const element = el(w, "trans-unit", { id: unit.id, "xml:space": "preserve" });
  const source = el(w, "source");
  const codes = { next: 0, data: new Map<string, string>() };
  appendInline(
    w,
    source,
    unit.segments.flatMap((segment) => segment.source),
    codes,
    "1.2",
  );
  element.appendChild(source);
  if (unit.segments.every((segment) => segment.target)) {
    const target = el(w, "target", { state: "translated" });
    appendInline(
      w,
      target,
      unit.segments.flatMap((segment) => segment.target ?? []),
      { next: 0, data: new Map() },
      "1.2",
    );
    element.appendChild(target);
  }
  const note = el(w, "note", { from: "sahifa" });
  note.appendChild(w.doc.createTextNode(unit.note));
  element.appendChild(note);
  return element;
}

const META_TYPES = ["articleId", "sourceRevisionId", "baseRevisionId"] as const;

/** One XLIFF document holding one `<file>` per translation (a selection from the queue is several). */
export function writeXliff(files: readonly XliffFile[], version: XliffVersion): string {
  const first = files[0];
  if (!first) throw new Error("An XLIFF document needs at least one translation");
  const ns = version === "2.1" ? NS_20 : NS_12;
  const doc = new DOMImplementation().createDocument(ns, "xliff", null);
  const w: Writer = { doc, ns };
  const root = doc.documentElement;
  if (!root) throw new Error("The XLIFF document has no root element");
  if (version === "2.1") {
    root.setAttribute("version", "2.1");
    root.setAttribute("srcLang", LOCALE_CONFIG[first.sourceLocale].hreflang);
    root.setAttribute("trgLang", LOCALE_CONFIG[first.targetLocale].hreflang);
    root.setAttribute("xmlns:mda", NS_MDA);
  } else {
    root.setAttribute("version", "1.2");
    root.setAttribute("xmlns:xhtml", "http://www.w3.org/1999/xhtml");
  }
  for (const file of files) {
    const note = `Sahifa article ${file.articleId}, ${file.sourceLocale} → ${file.targetLocale}, made from source revision ${file.sourceRevisionId} over translation revision ${file.baseRevisionId}. Keep unit ids and inline codes; translate the text between them.`;
    if (version === "2.1") {
      const element = el(w, "file", {
        id: fileId(file),
        original: `sahifa:article/${file.articleId}/${file.targetLocale}`,
      });
      const metadata = el(w, "mda:metadata", {}, NS_MDA);
      const group = el(w, "mda:metaGroup", { category: "sahifa" }, NS_MDA);
      for (const type of META_TYPES) {
        const meta = el(w, "mda:meta", { type }, NS_MDA);
        meta.appendChild(doc.createTextNode(String(file[type])));
        group.appendChild(meta);
      }
      metadata.appendChild(group);
      element.appendChild(metadata);
      const notes = el(w, "notes");
      const noteElement = el(w, "note", { category: "instructions" });
      noteElement.appendChild(doc.createTextNode(note));
      notes.appendChild(noteElement);
      element.appendChild(notes);
      for (const unit of file.units) element.appendChild(writeUnit21(w, unit));
      root.appendChild(element);
    } else {
      const element = el(w, "file", {
        original: `sahifa:article/${file.articleId}/${file.targetLocale}`,
        "source-language": LOCALE_CONFIG[file.sourceLocale].hreflang,
        "target-language": LOCALE_CONFIG[file.targetLocale].hreflang,
        datatype: "plaintext",
        "product-name": "sahifa",
      });
      const header = el(w, "header");
      const props = el(w, "prop-group", { name: "sahifa" });
      for (const type of META_TYPES) {
        const prop = el(w, "prop", { "prop-type": type });
        prop.appendChild(doc.createTextNode(String(file[type])));
        props.appendChild(prop);
      }
      header.appendChild(props);
      const noteElement = el(w, "note");
      noteElement.appendChild(doc.createTextNode(note));
      header.appendChild(noteElement);
      element.appendChild(header);
      const body = el(w, "body");
      for (const unit of file.units) body.appendChild(writeUnit12(w, unit));
      element.appendChild(body);
      root.appendChild(element);
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

// ---------------------------------------------------------------- reading

export type XliffProblemCode = Extract<ValidationCode, `xliff_${string}`>;

/**
 * Why a file cannot be read: an English message, the problem code and parameters clients
 * word in their own language, and `unitId` when one unit is at fault.
 */
export class XliffError extends Error {
  constructor(
    message: string,
    readonly code: XliffProblemCode,
    readonly params: Record<string, string | number> = {},
    readonly unitId: string | null = null,
  ) {
    super(message);
  }
}

const children = childElements;

function parseLocale(tag: string | null, what: string): Locale {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  const locale = (["en", "ar", "es"] as const).find((code) => code === primary);
  if (!locale)
    throw new XliffError(
      `The file's ${what} "${tag ?? ""}" is not one of Sahifa's editions (en, ar, es).`,
      "xliff_language",
      { value: tag ?? "" },
    );
  return locale;
}

function readInline(
  element: Element,
  unitId: string,
  data: ReadonlyMap<string, string>,
  version: XliffVersion,
): InlineNode[] {
  const nodes: InlineNode[] = [];
  for (let node: Node | null = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) {
      nodes.push({ kind: "text", text: node.nodeValue ?? "" });
      continue;
    }
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const child = node as Element;
    const name = child.localName;
    if (name === "mrk") {
      // Annotations (comments, terms, 1.2 segment markers) carry text, not formatting.
      nodes.push(...readInline(child, unitId, data, version));
    } else if (name === "ph" || name === "x" || name === "bx" || name === "ex") {
      // Standalone codes hold no text of ours; a tool may add one for a break it needs.
    } else if (name === "pc" || name === "g") {
      nodes.push({
        kind: "code",
        ...codeFormat(child, unitId, data),
        children: readInline(child, unitId, data, version),
      });
    } else {
      throw new XliffError(
        `Unit "${unitId}" holds a <${name}> element Sahifa cannot place; keep the inline codes as exported.`,
        "xliff_unknown_element",
        { unit: unitId, element: name ?? "" },
        unitId,
      );
    }
  }
  return nodes;
}

function codeFormat(
  code: Element,
  unitId: string,
  data: ReadonlyMap<string, string>,
): { format: "bold" | "italic" | "link"; href?: string } {
  const type = code.getAttribute("type") ?? code.getAttribute("ctype") ?? "";
  const subType = code.getAttribute("subType") ?? "";
  if (type === "link" || type === "x-link") {
    const ref = code.getAttribute("dataRefStart");
    const href = ref ? data.get(ref) : code.getAttribute("xhtml:href");
    if (href == null)
      throw new XliffError(
        `A link in unit "${unitId}" lost its address; keep the inline codes as exported.`,
        "xliff_link_lost",
        { unit: unitId },
        unitId,
      );
    return { format: "link", href };
  }
  if (subType === "xlf:b" || type === "bold") return { format: "bold" };
  if (subType === "xlf:i" || type === "italic") return { format: "italic" };
  throw new XliffError(
    `Unit "${unitId}" has an inline code of an unknown kind; keep the inline codes as exported.`,
    "xliff_unknown_code",
    { unit: unitId },
    unitId,
  );
}

function readMeta(values: Map<string, string>, what: string): number {
  const value = Number(values.get(what));
  if (!Number.isInteger(value) || value <= 0)
    throw new XliffError(
      `The file does not say its ${what}; export a new file from Sahifa.`,
      "xliff_no_origin",
      {
        name: what,
      },
    );
  return value;
}

function parseDocument(text: string) {
  if (Buffer.byteLength(text, "utf8") > MAX_XLIFF_BYTES) {
    throw new XliffError(
      `The file is larger than ${MAX_XLIFF_BYTES / 1024 / 1024} MB; export fewer articles per file.`,
      "xliff_too_large",
      { max: MAX_XLIFF_BYTES / 1024 / 1024 },
    );
  }
  const parsed = parseUntrustedXml(text);
  if (!parsed.ok && parsed.problem === "malformed") {
    const { position } = parsed;
    throw new XliffError(
      `The file is not well-formed XML: ${parsed.detail}`,
      position ? "xliff_malformed_at" : "xliff_malformed",
      position ? { line: position.line, column: position.column } : {},
    );
  }
  // No DTD: XLIFF needs none, and refusing it rules out entity expansion and external entities.
  if (!parsed.ok)
    throw new XliffError(
      "The file declares a DOCTYPE; XLIFF files must not. Export a new file from Sahifa.",
      "xliff_doctype",
    );
  const { root } = parsed;
  if (root.localName !== "xliff")
    throw new XliffError("This is not an XLIFF file (its root element is not <xliff>).", "xliff_not_xliff");
  return root;
}

/** Reads an XLIFF 2.x or 1.2 document into files of units; throws XliffError on anything it cannot use. */
export function readXliff(text: string): XliffFile[] {
  const root = parseDocument(text);
  const version = root.getAttribute("version") ?? "";
  if (root.namespaceURI === NS_20 && /^2\.\d$/.test(version)) return readXliff2(root);
  if (root.namespaceURI === NS_12 && version === "1.2") return readXliff12(root);
  throw new XliffError(`XLIFF version "${version}" is not supported; use 2.1 (or 1.2).`, "xliff_version", {
    value: version,
  });
}

function readXliff2(root: Element): XliffFile[] {
  const sourceLocale = parseLocale(root.getAttribute("srcLang"), "source language");
  const targetLocale = parseLocale(root.getAttribute("trgLang"), "target language");
  return children(root, "file").map((file) => {
    const meta = new Map<string, string>();
    for (const metadata of children(file, "metadata"))
      for (const group of children(metadata, "metaGroup"))
        for (const item of children(group, "meta"))
          meta.set(item.getAttribute("type") ?? "", item.textContent ?? "");
    const units = unitsOf(file).map((unit) => {
      const id = unit.getAttribute("id") ?? "";
      const data = new Map<string, string>();
      for (const original of children(unit, "originalData"))
        for (const item of children(original, "data"))
          data.set(item.getAttribute("id") ?? "", item.textContent ?? "");
      const segments: Segment[] = [];
      for (const part of children(unit)) {
        if (part.localName !== "segment" && part.localName !== "ignorable") continue;
        const [source] = children(part, "source");
        const [target] = children(part, "target");
        if (!source)
          throw new XliffError(
            `A segment of unit "${id}" has no source.`,
            "xliff_no_source",
            { unit: id },
            id,
          );
        const sourceNodes = readInline(source, id, data, "2.1");
        // Ignorable parts (whitespace between segments) read their target, or else their source.
        const targetNodes = target
          ? readInline(target, id, data, "2.1")
          : part.localName === "ignorable"
            ? sourceNodes
            : null;
        segments.push({ source: sourceNodes, target: targetNodes });
      }
      return { id, note: "", segments };
    });
    return {
      articleId: readMeta(meta, "articleId"),
      sourceRevisionId: readMeta(meta, "sourceRevisionId"),
      baseRevisionId: readMeta(meta, "baseRevisionId"),
      sourceLocale,
      targetLocale,
      units,
    };
  });
}

/** Units directly in a file or in its groups, in document order. */
function unitsOf(container: Element): Element[] {
  return children(container).flatMap((child) =>
    child.localName === "unit" ? [child] : child.localName === "group" ? unitsOf(child) : [],
  );
}

function readXliff12(root: Element): XliffFile[] {
  return children(root, "file").map((file) => {
    const meta = new Map<string, string>();
    for (const header of children(file, "header"))
      for (const group of children(header, "prop-group"))
        for (const prop of children(group, "prop"))
          meta.set(prop.getAttribute("prop-type") ?? "", prop.textContent ?? "");
    const transUnits = (element: Element): Element[] =>
      children(element).flatMap((child) =>
        child.localName === "trans-unit"
          ? [child]
          : child.localName === "group" || child.localName === "body"
            ? transUnits(child)
            : [],
      );
    const units = transUnits(file).map((unit) => {
      const id = unit.getAttribute("id") ?? "";
      const [source] = children(unit, "source");
      const [target] = children(unit, "target");
      if (!source) throw new XliffError(`Unit "${id}" has no source.`, "xliff_no_source", { unit: id }, id);
      const sourceNodes = readInline(source, id, new Map(), "1.2");
      return {
        id,
        note: "",
        segments: [{ source: sourceNodes, target: target ? readInline(target, id, new Map(), "1.2") : null }],
      };
    });
    return {
      articleId: readMeta(meta, "articleId"),
      sourceRevisionId: readMeta(meta, "sourceRevisionId"),
      baseRevisionId: readMeta(meta, "baseRevisionId"),
      sourceLocale: parseLocale(file.getAttribute("source-language"), "source language"),
      targetLocale: parseLocale(file.getAttribute("target-language"), "target language"),
      units,
    };
  });
}
