import type { Conflict, Invalid, NotAllowed, NotFound } from "@sahifa/db/desk/desk-results";
import type { ValidationError as Problem } from "@sahifa/domain/block-validation";
import { builder } from "../../builder.ts";
import { RevisionRef } from "./revision-types.schema.ts";

/**
 * Errors a desk client can act on are results, not thrown errors: each
 * mutation answers a union of its success type and the errors below, every
 * error with a stable `code` and a message that says what to do.
 */

/** Not signed in, a stale session, or a role/locale that may not do this. */
export interface Forbidden {
  kind: "forbidden";
  code: "UNAUTHENTICATED" | "SESSION_EXPIRED" | "FORBIDDEN";
  message: string;
}

export type DeskErrorValue = Forbidden | NotFound | Invalid | NotAllowed | Conflict;

function codeOf(error: DeskErrorValue): string {
  switch (error.kind) {
    case "forbidden":
      return error.code;
    case "not_found":
      return "NOT_FOUND";
    case "invalid":
      return "INVALID";
    case "not_allowed":
      return "INVALID_TRANSITION";
    case "conflict":
      return "CONFLICT";
  }
}

function messageOf(error: DeskErrorValue): string {
  switch (error.kind) {
    case "invalid": {
      const [first] = error.errors;
      const where = first?.blockIndex != null ? `block ${first.blockIndex + 1} (${first.blockType}), ` : "";
      const more = error.errors.length > 1 ? ` (and ${error.errors.length - 1} more problems)` : "";
      return first ? `${where}${first.field}: ${first.message}${more}` : "The input is invalid.";
    }
    case "conflict":
      return `Someone saved revision ${error.head.id} since the revision you started from. Nothing was saved: merge your changes into that head and save again with basedOnRevisionId ${error.head.id}.`;
    default:
      return error.message;
  }
}

export const DeskErrorRef = builder.interfaceRef<DeskErrorValue>("DeskError");
builder.interfaceType(DeskErrorRef, {
  description: "A refused desk operation. Nothing was written.",
  fields: (t) => ({
    code: t.string({
      description:
        "UNAUTHENTICATED, SESSION_EXPIRED, FORBIDDEN, NOT_FOUND, INVALID, INVALID_TRANSITION or CONFLICT.",
      resolve: codeOf,
    }),
    message: t.string({ description: "What went wrong and what to do, in English.", resolve: messageOf }),
  }),
});

export const ForbiddenRef = builder.objectRef<Forbidden>("Forbidden");
builder.objectType(ForbiddenRef, {
  description:
    "UNAUTHENTICATED: sign in. SESSION_EXPIRED: the session ended (idle or too old); sign in again. FORBIDDEN: your role or locales do not allow this.",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "forbidden",
});

export const NotFoundRef = builder.objectRef<NotFound>("NotFound");
builder.objectType(NotFoundRef, {
  description: "The article, translation or revision named does not exist.",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "not_found",
});

export const ValidationProblemRef = builder.objectRef<Problem>("ValidationProblem");
builder.objectType(ValidationProblemRef, {
  description: "One refused field; body problems name the block.",
  fields: (t) => ({
    field: t.exposeString("field", {
      description:
        'The input field ("title", "slug", "sectionPath"…), or the path inside the block ("content[1].href").',
    }),
    blockIndex: t.exposeInt("blockIndex", {
      nullable: true,
      description: "0-based index of the body block.",
    }),
    blockType: t.exposeString("blockType", { nullable: true }),
    message: t.exposeString("message"),
  }),
});

export const ValidationErrorRef = builder.objectRef<Invalid>("ValidationError");
builder.objectType(ValidationErrorRef, {
  description: "The input was refused; `problems` lists each field (and body block) and why.",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "invalid",
  fields: (t) => ({
    problems: t.field({ type: [ValidationProblemRef], resolve: (error) => error.errors }),
  }),
});

export const InvalidTransitionRef = builder.objectRef<NotAllowed>("InvalidTransition");
builder.objectType(InvalidTransitionRef, {
  description:
    "The workflow does not allow this from the translation's current status (e.g. editing an archived one).",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "not_allowed",
});

export const ConflictRef = builder.objectRef<Conflict>("Conflict");
builder.objectType(ConflictRef, {
  description:
    "The head moved since the revision the save was based on. Nothing was saved. `head` is the current head: show both versions, merge, and save again based on head.id.",
  interfaces: [DeskErrorRef],
  isTypeOf: (value) => (value as { kind?: string }).kind === "conflict",
  fields: (t) => ({
    head: t.field({ type: RevisionRef, resolve: (conflict) => conflict.head }),
  }),
});
