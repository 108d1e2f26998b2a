import type { TranslationContent } from "@sahifa/domain/article";
import { type BlockDiffEntry, diffBlocks } from "@sahifa/domain/block-diff";
import type { BodyBlock } from "@sahifa/domain/blocks";
import type { DraftSubmission } from "./draft-form.ts";

/**
 * The conflict screen's merge: every part where the writer's version and the newer saved
 * one differ (a text field, or one entry of the body's block diff) is taken from the side
 * the writer picks, and the result is saved on top of the newer revision. The same
 * function runs in the browser and in the route action (a form post without JavaScript).
 */

export type ConflictSide = "mine" | "theirs";

export const CONFLICT_FIELDS = ["title", "summary", "slug", "seoTitle", "seoDescription"] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

export type ConflictPart =
  | { key: string; kind: "field"; field: ConflictField }
  | { key: string; kind: "block"; entry: BlockDiffEntry };

/** What a part is called in a form post: `choice:title`, `choice:block-3`. */
export function choiceName(part: ConflictPart): string {
  return `choice:${part.key}`;
}

/** The parts that differ, fields first, then the body's entries in reading order. */
export function conflictParts(theirs: TranslationContent, mine: TranslationContent): ConflictPart[] {
  const fields: ConflictPart[] = CONFLICT_FIELDS.filter(
    (field) => (theirs[field] ?? null) !== (mine[field] ?? null),
  ).map((field) => ({ key: field, kind: "field", field }));
  const blocks: ConflictPart[] = diffBlocks(theirs.body, mine.body).flatMap((entry, index) =>
    entry.kind === "unchanged" ? [] : [{ key: `block-${index}`, kind: "block" as const, entry }],
  );
  return [...fields, ...blocks];
}

/** A part the writer left alone stays theirs to keep: mine, so nothing typed is dropped unasked. */
export function chosenSide(choices: ReadonlyMap<string, ConflictSide>, key: string): ConflictSide {
  return choices.get(key) ?? "mine";
}

/** The content saved: each differing part from the chosen side, everything else as both have it. */
export function mergeConflict(
  theirs: TranslationContent,
  mine: TranslationContent,
  choices: ReadonlyMap<string, ConflictSide>,
): TranslationContent {
  const merged: TranslationContent = { ...mine, body: [] };
  const pick = (key: string) => chosenSide(choices, key);
  for (const field of CONFLICT_FIELDS) {
    if (pick(field) === "theirs") Object.assign(merged, { [field]: theirs[field] ?? null });
  }
  const body: BodyBlock[] = [];
  diffBlocks(theirs.body, mine.body).forEach((entry, index) => {
    const side = pick(`block-${index}`);
    if (entry.kind === "unchanged") body.push(entry.after);
    else if (entry.kind === "changed") body.push(side === "theirs" ? entry.before : entry.after);
    else if (entry.kind === "removed" && side === "theirs") body.push(entry.before);
    else if (entry.kind === "added" && side === "mine") body.push(entry.after);
  });
  return { ...merged, body };
}

/** The choices of a posted conflict form; anything but "theirs" is mine. */
export function readChoices(form: FormData): Map<string, ConflictSide> {
  const choices = new Map<string, ConflictSide>();
  for (const [name, value] of form.entries()) {
    if (name.startsWith("choice:") && (value === "mine" || value === "theirs")) {
      choices.set(name.slice("choice:".length), value);
    }
  }
  return choices;
}

/** A posted version: the text fields as strings and a body array; the API validates the rest. */
function readContent(raw: string): TranslationContent | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (value === null || typeof value !== "object") return null;
  const content = value as Record<string, unknown>;
  const texts = ["title", "summary", "slug"].every((field) => typeof content[field] === "string");
  return texts && Array.isArray(content.body) ? (content as unknown as TranslationContent) : null;
}

/** The form the conflict screen posts without JavaScript: both versions, the choices, the newer head. */
export function conflictFormData(
  theirs: { revisionId: number; content: TranslationContent },
  mine: TranslationContent,
): Array<[string, string]> {
  return [
    ["intent", "merge"],
    ["basedOnRevisionId", String(theirs.revisionId)],
    ["theirs", JSON.stringify(theirs.content)],
    ["mine", JSON.stringify(mine)],
  ];
}

/** Reads that post back into a save of the merged content on top of the newer head; null when forged or cut short. */
export function readConflictForm(form: FormData): DraftSubmission | null {
  const theirs = readContent(String(form.get("theirs") ?? ""));
  const mine = readContent(String(form.get("mine") ?? ""));
  const head = Number(form.get("basedOnRevisionId"));
  if (!theirs || !mine || !Number.isSafeInteger(head) || head <= 0) return null;
  return { basedOnRevisionId: head, content: mergeConflict(theirs, mine, readChoices(form)) };
}
