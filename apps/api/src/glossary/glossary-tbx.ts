import type { GlossaryImportRow } from "@sahifa/db/glossary";
import type { GlossaryPair } from "@sahifa/domain/glossary";
import type { Locale } from "@sahifa/domain/locales";
import type { Element } from "@xmldom/xmldom";
import { childElements, parseUntrustedXml } from "../xml/parse-untrusted-xml.ts";
import {
  type GlossaryFileRefused,
  MAX_GLOSSARY_FILE_ROWS,
  refused,
  refuseOversized,
} from "./glossary-file-problem.ts";

/**
 * A glossary as TBX (ISO 30042), as terminology tools export it: TBX-Basic/TBX 2
 * (`<martif>`, `<termEntry>`, `<langSet>`, `<tig>`/`<ntig>`) and TBX 3 (`<tbx>`,
 * `<conceptEntry>`, `<langSec>`, `<termSec>`). In each entry the source language's
 * first usable term is the term, the target language's first one the approved
 * translation, and the target terms marked deprecated or not recommended are the
 * forbidden variants. A subject field or concept type of person, organisation or place
 * sets the kind.
 */

const ENTRY = new Set(["termEntry", "conceptEntry"]);
const LANG = new Set(["langSet", "langSec"]);
const TERM_GROUP = new Set(["tig", "ntig", "termSec"]);
const REFUSED_STATUS =
  /deprecated|superseded|notrecommended|not-recommended|forbidden|admitted-?not|obsolete/i;
const KINDS: Record<string, "person" | "organisation" | "place"> = {
  person: "person",
  people: "person",
  organisation: "organisation",
  organization: "organisation",
  place: "place",
  location: "place",
  geography: "place",
};

interface TbxTerm {
  text: string;
  refused: boolean;
}

function descendants(element: Element, names: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  for (const child of childElements(element)) {
    if (names.has(child.localName ?? "")) found.push(child);
    else found.push(...descendants(child, names));
  }
  return found;
}

function textOf(element: Element): string {
  return (element.textContent ?? "").replace(/\s+/gu, " ").trim();
}

function languageOf(langSet: Element): Locale | null {
  const tag =
    langSet.getAttribute("xml:lang") ??
    langSet.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return (["en", "ar", "es"] as const).find((code) => code === primary) ?? null;
}

function termsOf(langSet: Element): TbxTerm[] {
  return descendants(langSet, TERM_GROUP).flatMap((group) => {
    const [term] = descendants(group, new Set(["term"]));
    if (!term) return [];
    const notes = descendants(group, new Set(["termNote"]))
      .filter((note) => /status|authorization|usage/i.test(note.getAttribute("type") ?? ""))
      .map(textOf);
    return [{ text: textOf(term), refused: notes.some((note) => REFUSED_STATUS.test(note)) }];
  });
}

function kindOf(entry: Element): string | null {
  for (const descrip of descendants(entry, new Set(["descrip", "termNote"]))) {
    if (!/subjectField|conceptType|termType|category/i.test(descrip.getAttribute("type") ?? "")) continue;
    const kind = KINDS[textOf(descrip).toLowerCase()];
    if (kind) return kind;
  }
  return null;
}

function noteOf(entry: Element): string | null {
  const [note] = descendants(entry, new Set(["note", "definition"]));
  if (note) return textOf(note) || null;
  const definition = descendants(entry, new Set(["descrip"])).find(
    (descrip) => descrip.getAttribute("type") === "definition",
  );
  return definition ? textOf(definition) || null : null;
}

export function readGlossaryTbx(text: string, pair: GlossaryPair): GlossaryImportRow[] | GlossaryFileRefused {
  const oversized = refuseOversized(text);
  if (oversized) return oversized;
  const parsed = parseUntrustedXml(text);
  if (!parsed.ok)
    return parsed.problem === "doctype"
      ? refused("doctype")
      : parsed.position
        ? refused("malformedAt", parsed.position)
        : refused("malformed");
  if (parsed.root.localName !== "tbx" && parsed.root.localName !== "martif") return refused("notTbx");
  const entries = descendants(parsed.root, ENTRY);
  if (entries.length === 0) return refused("empty");
  if (entries.length > MAX_GLOSSARY_FILE_ROWS) return refused("tooManyRows", { max: MAX_GLOSSARY_FILE_ROWS });
  let sawSource = false;
  let sawTarget = false;
  const rows = entries.map((entry, position): GlossaryImportRow => {
    const byLanguage = new Map<Locale, TbxTerm[]>();
    for (const langSet of descendants(entry, LANG)) {
      const locale = languageOf(langSet);
      if (locale) byLanguage.set(locale, [...(byLanguage.get(locale) ?? []), ...termsOf(langSet)]);
    }
    const sources = byLanguage.get(pair.sourceLocale) ?? [];
    const targets = byLanguage.get(pair.targetLocale) ?? [];
    sawSource ||= sources.length > 0;
    sawTarget ||= targets.length > 0;
    const source = sources.find((term) => !term.refused) ?? sources[0];
    return {
      // Entries are numbered from 1, in the order of the file (TBX has no lines to speak of).
      row: position + 1,
      input: {
        source: source?.text ?? "",
        approved: targets.find((term) => !term.refused)?.text ?? "",
        forbidden: targets.filter((term) => term.refused).map((term) => term.text),
        kind: kindOf(entry),
        note: noteOf(entry),
      },
    };
  });
  if (!sawSource) return refused("noLanguage", { language: pair.sourceLocale });
  if (!sawTarget) return refused("noLanguage", { language: pair.targetLocale });
  return rows;
}
