import type { TranslationContent } from "@sahifa/domain/article";
import { type ValidationError, validateTranslationContent } from "@sahifa/domain/block-validation";
import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import type { ShouldRevalidateFunctionArgs } from "react-router";
import { readSlotField, setSlot } from "./block-slots.ts";

/**
 * The editor's form, both ways. Without JavaScript the Save button posts the form as it
 * is; with JavaScript autosave posts the same fields built from the editor's state. So the
 * route action has one reader for both, and both paths are tested once.
 *
 * `structure` carries the body as rendered (block types, marks, links, media); the text
 * fields override its text slot by slot. The API validates the result like any other input.
 */
export interface DraftSubmission {
  basedOnRevisionId: number | null;
  content: TranslationContent;
  /**
   * Set when the translator says the text now follows this revision of the source (an
   * outdated translation caught up); the API then stops calling it outdated.
   */
  sourceRevisionId?: number | null;
}

function positiveInt(form: FormData, name: string): number | null {
  const value = Number.parseInt(text(form, name), 10);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

const TEXT_FIELDS = ["title", "summary", "slug"] as const;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function optionalText(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** Reads a posted editor form; null when its structure is not a JSON array (a forged or truncated post). */
export function readDraftForm(form: FormData): DraftSubmission | null {
  let body: unknown;
  try {
    body = JSON.parse(text(form, "structure"));
  } catch {
    return null;
  }
  if (!Array.isArray(body)) return null;
  let blocks = body as BodyBlock[];
  for (const [name, value] of form.entries()) {
    const slot = readSlotField(name);
    if (!slot || typeof value !== "string") continue;
    const block = blocks[slot.blockIndex];
    // Only objects with a type can have slots; anything else is left for the API to refuse.
    if (!block || typeof block !== "object" || !("type" in block)) continue;
    blocks = blocks.with(slot.blockIndex, setSlot(block, slot.path, value));
  }
  const sourceRevisionId = positiveInt(form, "sourceRevisionId");
  return {
    basedOnRevisionId: positiveInt(form, "basedOnRevisionId"),
    ...(sourceRevisionId !== null ? { sourceRevisionId } : {}),
    content: {
      title: text(form, "title"),
      summary: text(form, "summary"),
      slug: text(form, "slug"),
      body: blocks,
      seoTitle: optionalText(form, "seoTitle"),
      seoDescription: optionalText(form, "seoDescription"),
    },
  };
}

/** The form fields for `content`, as the editor renders them (autosave posts these). */
export function draftFormData(intent: string, submission: DraftSubmission): FormData {
  const form = new FormData();
  form.set("intent", intent);
  if (submission.basedOnRevisionId !== null)
    form.set("basedOnRevisionId", String(submission.basedOnRevisionId));
  if (submission.sourceRevisionId) form.set("sourceRevisionId", String(submission.sourceRevisionId));
  for (const field of TEXT_FIELDS) form.set(field, submission.content[field]);
  if (submission.content.seoTitle) form.set("seoTitle", submission.content.seoTitle);
  if (submission.content.seoDescription) form.set("seoDescription", submission.content.seoDescription);
  form.set("structure", JSON.stringify(submission.content.body));
  return form;
}

/**
 * The API's own validation (one schema in @sahifa/domain), run in the browser before an
 * autosave: a draft the API would refuse is not sent, and its problems show at once.
 */
export function draftProblems(content: TranslationContent, locale: Locale): ValidationError[] {
  const result = validateTranslationContent(content, locale);
  return result.ok ? [] : result.errors;
}

/**
 * For the editor and the desk frame: a saved autosave changes nothing their loaders show
 * that the editor does not already hold, so it reloads nothing. Anything else may: a
 * refused one, or one that ended in a redirect (the session ended) must refresh the frame.
 */
export function revalidateUnlessAutosave({
  formData,
  actionResult,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  const saved = (actionResult as { kind?: string } | undefined)?.kind === "saved";
  if (formData?.get("intent") === "save" && saved) return false;
  return defaultShouldRevalidate;
}
