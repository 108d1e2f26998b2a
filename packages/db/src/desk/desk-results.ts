import type { ValidationError } from "@sahifa/domain/block-validation";
import type { GlossaryIssue } from "@sahifa/domain/glossary";
import type { UntranslatedBlock } from "@sahifa/domain/untranslated";
import type { DeskRevision } from "./revision-rows.ts";

/**
 * Outcomes of desk writes that a client can act on. They are values, not
 * exceptions, so the API maps each to a typed GraphQL result and a failed
 * write is known to have written nothing.
 */
export interface NotFound {
  kind: "not_found";
  message: string;
}
export interface Invalid {
  kind: "invalid";
  errors: ValidationError[];
}
/** The action does not apply to the translation's current status (e.g. submit an archived one). */
export interface NotAllowed {
  kind: "not_allowed";
  message: string;
}
/** The head moved since the revision the save was based on; nothing was written. */
export interface Conflict {
  kind: "conflict";
  head: DeskRevision;
}

/**
 * Submit or publish refused: blocks of the head revision are still the
 * source's text, or miss the glossary's approved terms. Nothing was written;
 * an override with a note lets it through.
 */
export interface Untranslated {
  kind: "untranslated";
  revisionId: number;
  blocks: UntranslatedBlock[];
  glossaryIssues: GlossaryIssue[];
}

export function notFound(message: string): NotFound {
  return { kind: "not_found", message };
}

export function invalid(field: string, message: string): Invalid {
  return { kind: "invalid", errors: [{ blockIndex: null, blockType: null, field, message }] };
}
