import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import type { TranslationStatus } from "@sahifa/domain/workflow";
import type { EditorActionResult } from "../editor/editor-model.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { ApiError, type DeskCaller, requestAs } from "./client.server.ts";
import { deskError } from "./desk-api.server.ts";

/*
 * Submit and publish with the API's text checks (untranslated blocks, glossary warnings;
 * docs/architecture/070 and 075): a refusal comes back worded in the desk's language with
 * each block's reason, and the same action may be repeated with an override note.
 */

const CheckedTransitionFields = graphql(`
  fragment DeskCheckedTransitionFields on TransitionTranslationResult @_unmask {
    __typename
    ... on TranslationStatusChanged {
      translation {
        status
      }
    }
    ... on UntranslatedText {
      message
      blocks {
        blockIndex
        message
      }
      glossaryIssues {
        blockIndex
        message
      }
    }
    ... on ValidationError {
      problems {
        field
        message
      }
    }
    ... on DeskError {
      code
      message
    }
  }
`);

const CheckedTransitionMutation = graphql(
  `
  mutation DeskCheckedTransition(
    $articleId: ID!
    $locale: Locale!
    $headRevisionId: ID
    $overrideNote: String
    $submit: Boolean!
    $publish: Boolean!
  ) {
    submitTranslation(
      articleId: $articleId
      locale: $locale
      headRevisionId: $headRevisionId
      overrideNote: $overrideNote
    ) @include(if: $submit) {
      ...DeskCheckedTransitionFields
    }
    publishTranslation(
      articleId: $articleId
      locale: $locale
      headRevisionId: $headRevisionId
      overrideNote: $overrideNote
    ) @include(if: $publish) {
      ...DeskCheckedTransitionFields
    }
  }
`,
  [CheckedTransitionFields],
);

/** The override note and the head a repeated submit or publish names, as TextChecksNotice posts them. */
export function overrideFromForm(form: FormData): {
  overrideNote: string | null;
  headRevisionId: number | null;
} {
  const note = String(form.get("overrideNote") ?? "").trim();
  const head = Number(form.get("headRevisionId"));
  return {
    overrideNote: note === "" ? null : note,
    headRevisionId: Number.isSafeInteger(head) && head > 0 ? head : null,
  };
}

export async function checkedTransition(
  caller: DeskCaller,
  input: {
    articleId: number;
    locale: Locale;
    action: "submit" | "publish";
    overrideNote: string | null;
    headRevisionId: number | null;
  },
): Promise<EditorActionResult> {
  const data = await requestAs(caller, CheckedTransitionMutation, {
    articleId: String(input.articleId),
    locale: input.locale,
    headRevisionId: input.headRevisionId === null ? null : String(input.headRevisionId),
    overrideNote: input.overrideNote,
    submit: input.action === "submit",
    publish: input.action === "publish",
  });
  const result = data.submitTranslation ?? data.publishTranslation;
  if (!result) throw new ApiError(`The API gave no answer to ${input.action}`);
  switch (result.__typename) {
    case "TranslationStatusChanged":
      return {
        kind: "workflow",
        action: input.action,
        status: result.translation.status as TranslationStatus,
      };
    case "UntranslatedText":
      return {
        kind: "textChecks",
        action: input.action,
        message: result.message,
        warnings: [...result.blocks, ...result.glossaryIssues]
          .sort((a, b) => a.blockIndex - b.blockIndex)
          .map((warning) => ({ blockIndex: warning.blockIndex, message: warning.message })),
      };
    case "ValidationError":
      // A refused override note: its own field, in the desk's language.
      return {
        kind: "textChecks",
        action: input.action,
        message: result.message,
        warnings: [],
        noteProblem:
          result.problems.find((problem) => problem.field === "overrideNote")?.message ?? result.message,
      };
    case "Conflict":
      // Someone saved after the page was loaded: nothing changed, and the desk says so in its words.
      return { kind: "failed", message: deskI18nFor(caller.ui).t("desk:actions.headMoved") };
    default:
      return deskError(result, caller.ui);
  }
}

const HistoryQuery = graphql(`
  query DeskWorkflowHistory($articleId: ID!, $locale: Locale!) {
    deskTranslation(articleId: $articleId, locale: $locale) {
      history(first: 50) {
        id
        action
        revisionId
        userName
        note
        createdAt
        overriddenBlocks {
          message
        }
        overriddenTerms {
          message
        }
      }
    }
  }
`);

export interface WorkflowEventView {
  id: string;
  action: string;
  revisionId: string;
  userName: string | null;
  note: string | null;
  createdAt: string;
  /** The warnings an override let through, worded in the desk's language. */
  overridden: string[];
}

/** The translation's status changes, newest first, with override notes and what they let through. */
export async function loadWorkflowHistory(
  caller: DeskCaller,
  articleId: number,
  locale: Locale,
): Promise<WorkflowEventView[]> {
  const data = await requestAs(caller, HistoryQuery, { articleId: String(articleId), locale });
  return (data.deskTranslation?.history ?? []).map((event) => ({
    id: String(event.id),
    action: event.action,
    revisionId: String(event.revisionId),
    userName: event.userName ?? null,
    note: event.note ?? null,
    createdAt: event.createdAt,
    overridden: [...event.overriddenBlocks, ...event.overriddenTerms].map((warning) => warning.message),
  }));
}
