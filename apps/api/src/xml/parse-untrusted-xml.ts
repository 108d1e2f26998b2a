import { DOMParser, type Element, MIME_TYPE } from "@xmldom/xmldom";

/**
 * Files translators upload (XLIFF, TBX) are parsed with a DOM and refused whole when
 * they are malformed or declare a DOCTYPE: without a DTD no entity is ever expanded
 * and no external resource is ever read.
 */

export type UntrustedXml =
  | { ok: true; root: Element }
  | { ok: false; problem: "malformed"; detail: string; position: XmlPosition | null }
  | { ok: false; problem: "doctype" };

/** Where the parser stopped, so a refusal can point at it in any language. */
export interface XmlPosition {
  line: number;
  column: number;
}

export function parseUntrustedXml(text: string): UntrustedXml {
  const parsed = parse(text);
  // An entity the DTD declared fails to resolve before the DOCTYPE can be seen: name the cause.
  if (!parsed.ok && DOCTYPE.test(text.slice(0, 64 * 1024))) return { ok: false, problem: "doctype" };
  return parsed;
}

const DOCTYPE = /<!DOCTYPE/i;

function parse(text: string): UntrustedXml {
  let problem: string | null = null;
  let position: XmlPosition | null = null;
  let doc: ReturnType<DOMParser["parseFromString"]>;
  try {
    doc = new DOMParser({
      onError: (level, message, handler) => {
        if (level === "warning" || problem !== null) return;
        problem = message;
        const locator = (handler as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)
          ?.locator;
        if (locator?.lineNumber && locator.columnNumber) {
          position = { line: locator.lineNumber, column: locator.columnNumber };
        }
      },
    }).parseFromString(text, MIME_TYPE.XML_TEXT);
  } catch (error) {
    // xmldom stops at a fatal error by throwing; its message says where.
    return { ok: false, problem: "malformed", detail: problem ?? (error as Error).message, position };
  }
  if (problem) return { ok: false, problem: "malformed", detail: problem, position };
  if (doc.doctype) return { ok: false, problem: "doctype" };
  const root = doc.documentElement;
  if (!root)
    return { ok: false, problem: "malformed", detail: "the file has no root element", position: null };
  return { ok: true, root };
}

/** The element children of `element`, by local name when given (namespaces vary between tools). */
export function childElements(element: Element, name?: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) {
      const child = node as Element;
      if (name === undefined || child.localName === name) found.push(child);
    }
  }
  return found;
}
