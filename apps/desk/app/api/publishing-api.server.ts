import { graphql } from "@sahifa/api-client/graphql";
import type { Locale } from "@sahifa/domain/locales";
import type { TranslationStatus } from "@sahifa/domain/workflow";
import type { PostRefusal } from "../editor/post-refusal.ts";
import { type DeskCaller, requestAs } from "./client.server.ts";
import { deskError, fieldRefusal } from "./desk-api.server.ts";
import { RefusalFields } from "./refusal-fields.ts";

/*
 * The desk's calls for publishing one translation at a set time and for its public
 * corrections (note 042): what is scheduled, the notes readers see, and the three writes.
 * Refusals become PostRefusal; the API words their messages in the desk's language.
 */

export type NoteKind = "correction" | "editors_note";

export interface ArticleNoteView {
  id: number;
  kind: NoteKind;
  text: string;
  createdAt: string;
}

export interface PublishingView {
  title: string;
  /** The revision a publish acts on: a publish the text checks refused repeats it with a note. */
  headRevisionId: number;
  status: TranslationStatus;
  isPublished: boolean;
  publishedAt: string | null;
  scheduledAt: string | null;
  notes: ArticleNoteView[];
  /** The article's lead image when it has no alt text in this edition (warned about, not blocking). */
  leadWithoutAlt: number | null;
  /** The other images this edition shows with no alt text in its language. */
  otherImagesWithoutAlt: number[];
}

const PublishingQuery = graphql(`
  query DeskPublishing($articleId: ID!, $locale: Locale!) {
    deskTranslation(articleId: $articleId, locale: $locale) {
      status
      publishedAt
      head {
        id
        title
      }
      published {
        id
      }
      scheduledPublication {
        publishAt
      }
      notes {
        id
        kind
        text
        createdAt
      }
      imagesWithoutAlt
    }
    deskArticle(id: $articleId) {
      leadMediaId
    }
  }
`);

const NOTE_KINDS = { CORRECTION: "correction", EDITORS_NOTE: "editors_note" } as const;

/** One translation's publishing state and notes; null when it does not exist. */
export async function loadPublishing(
  caller: DeskCaller,
  articleId: number,
  locale: Locale,
): Promise<PublishingView | null> {
  const data = await requestAs(caller, PublishingQuery, { articleId: String(articleId), locale });
  const translation = data.deskTranslation;
  if (!translation) return null;
  const withoutAlt = translation.imagesWithoutAlt.map(Number);
  const lead = data.deskArticle?.leadMediaId ? Number(data.deskArticle.leadMediaId) : null;
  return {
    title: translation.head.title,
    headRevisionId: Number(translation.head.id),
    status: translation.status as TranslationStatus,
    isPublished: translation.published !== null && translation.published !== undefined,
    publishedAt: translation.publishedAt ?? null,
    scheduledAt: translation.scheduledPublication?.publishAt ?? null,
    notes: translation.notes.map((note) => ({
      id: Number(note.id),
      kind: NOTE_KINDS[note.kind],
      text: note.text,
      createdAt: note.createdAt,
    })),
    leadWithoutAlt: lead !== null && withoutAlt.includes(lead) ? lead : null,
    otherImagesWithoutAlt: withoutAlt.filter((id) => id !== lead),
  };
}

export type PublishingOutcome =
  | { ok: true; done: "scheduled"; publishAt: string }
  | { ok: true; done: "unscheduled"; cancelled: boolean }
  | { ok: true; done: "noteAdded" }
  | { ok: false; problem: PostRefusal };

const ScheduleMutation = graphql(
  `
  mutation DeskSchedule($articleId: ID!, $locale: Locale!, $publishAt: DateTime!) {
    schedulePublication(articleId: $articleId, locale: $locale, publishAt: $publishAt) {
      __typename
      ... on PublicationScheduled {
        publication {
          publishAt
        }
      }
      ...DeskRefusal
    }
  }
`,
  [RefusalFields],
);

/** Publishes at `publishAt` (ahead of now); scheduling again moves the time. */
export async function schedulePublication(
  caller: DeskCaller,
  input: { articleId: number; locale: Locale; publishAt: Date },
): Promise<PublishingOutcome> {
  const { schedulePublication: result } = await requestAs(caller, ScheduleMutation, {
    articleId: String(input.articleId),
    locale: input.locale,
    publishAt: input.publishAt.toISOString(),
  });
  switch (result.__typename) {
    case "PublicationScheduled":
      return { ok: true, done: "scheduled", publishAt: result.publication.publishAt };
    case "ValidationError":
      return { ok: false, problem: fieldRefusal(result, "publishAt") };
    case "InvalidTransition":
      return { ok: false, problem: { kind: "invalid", field: "status", message: result.message } };
    default:
      return { ok: false, problem: deskError(result, caller.ui) };
  }
}

const CancelMutation = graphql(
  `
  mutation DeskUnschedule($articleId: ID!, $locale: Locale!) {
    cancelScheduledPublication(articleId: $articleId, locale: $locale) {
      __typename
      ... on ScheduleCancelled {
        cancelled
      }
      ...DeskRefusal
    }
  }
`,
  [RefusalFields],
);

/** Cancels the pending publication; `cancelled` is false when nothing was pending any more. */
export async function cancelScheduledPublication(
  caller: DeskCaller,
  input: { articleId: number; locale: Locale },
): Promise<PublishingOutcome> {
  const { cancelScheduledPublication: result } = await requestAs(caller, CancelMutation, {
    articleId: String(input.articleId),
    locale: input.locale,
  });
  if (result.__typename === "ScheduleCancelled")
    return { ok: true, done: "unscheduled", cancelled: result.cancelled };
  return { ok: false, problem: deskError(result, caller.ui) };
}

const NoteMutation = graphql(
  `
  mutation DeskAddNote($articleId: ID!, $locale: Locale!, $kind: ArticleNoteKind!, $text: String!) {
    addArticleNote(articleId: $articleId, locale: $locale, kind: $kind, text: $text) {
      __typename
      ...DeskRefusal
    }
  }
`,
  [RefusalFields],
);

/** A public, dated correction or editor's note on the published translation. */
export async function addArticleNote(
  caller: DeskCaller,
  input: { articleId: number; locale: Locale; kind: NoteKind; text: string },
): Promise<PublishingOutcome> {
  const { addArticleNote: result } = await requestAs(caller, NoteMutation, {
    articleId: String(input.articleId),
    locale: input.locale,
    kind: input.kind === "correction" ? "CORRECTION" : "EDITORS_NOTE",
    text: input.text,
  });
  switch (result.__typename) {
    case "ArticleNoteAdded":
      return { ok: true, done: "noteAdded" };
    case "ValidationError":
      return { ok: false, problem: fieldRefusal(result, "text") };
    case "InvalidTransition":
      return { ok: false, problem: { kind: "invalid", field: "published", message: result.message } };
    default:
      return { ok: false, problem: deskError(result, caller.ui) };
  }
}
