import type { TranslationContent } from "@sahifa/domain/article";
import type { ValidationError } from "@sahifa/domain/block-validation";
import type { GlossaryTerm } from "@sahifa/domain/glossary";
import type { Locale } from "@sahifa/domain/locales";
import type { TranslationStatus, WorkflowAction } from "@sahifa/domain/workflow";

/** A saved revision as the desk shows it: its text, who saved it and when. */
export interface RevisionView {
  revisionId: number;
  content: TranslationContent;
  authorName: string | null;
  createdAt: string;
}

/** What the editor needs about the translation being edited (null target: not started yet). */
export interface EditorData {
  articleId: number;
  source: { locale: Locale; revisionId: number; content: TranslationContent };
  targetLocale: Locale;
  target: null | {
    status: TranslationStatus;
    head: RevisionView;
    outdated: boolean;
  };
  /** From @sahifa/domain/permissions availableActions: which buttons this user gets. */
  actions: ReadonlyArray<WorkflowAction | "editDraft">;
  canCreate: boolean;
  /** Glossary terms the source holds (its pair's glossary), marked and checked beside each block. */
  glossary?: readonly GlossaryTerm[];
}

/**
 * What the editor route's action answers, for a form post and for autosave alike.
 * The API's typed results map one to one; `yours` travels back with a conflict or a
 * validation error so the page can show the translator's text even without JavaScript.
 */
export type EditorActionResult =
  | { kind: "saved"; revisionId: number; savedAt: string; intent: string }
  | { kind: "conflict"; head: RevisionView; yours: TranslationContent }
  | { kind: "invalid"; errors: ValidationError[]; yours: TranslationContent }
  | { kind: "workflow"; action: WorkflowAction; status: TranslationStatus }
  /** Submit or publish refused by the text checks; repeating it with a note lets the warnings through. */
  | {
      kind: "textChecks";
      action: "submit" | "publish";
      message: string;
      warnings: Array<{ blockIndex: number; message: string }>;
      noteProblem?: string;
    }
  | { kind: "forbidden" }
  | { kind: "notFound" }
  | { kind: "sessionExpired" }
  | { kind: "failed"; message: string };
