import { type FragmentOf, graphql, type ResultOf, readFragment } from "@sahifa/api-client/graphql";
import type { TranslationContent } from "@sahifa/domain/article";
import { isValidationCode, type ValidationError } from "@sahifa/domain/block-validation";
import type { BodyBlock } from "@sahifa/domain/blocks";
import type { Locale } from "@sahifa/domain/locales";
import type { Role, TranslationStatus, WorkflowAction } from "@sahifa/domain/workflow";
import type { BreakingItemView } from "../components/BreakingForm.tsx";
import type { QueueItemView, QueueState } from "../components/QueueTable.tsx";
import type { RevisionSummary } from "../components/RevisionList.tsx";
import type { SignInProblem } from "../components/SignInForm.tsx";
import type { EditorActionResult, EditorData, RevisionView } from "../editor/editor-model.ts";
import type { PostRefusal } from "../editor/post-refusal.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { ApiError, type DeskCaller, request, requestAs } from "./client.server.ts";

/*
 * Every call the desk makes to the API, one typed document each. The session token goes
 * as a bearer header from the web server; the browser never holds it (desk-session.server.ts).
 * The API's typed results (Saved | Conflict | ValidationError | Forbidden | NotFound …)
 * become the EditorActionResult the pages show.
 */

const RevisionFields = graphql(`
  fragment DeskRevisionFields on Revision {
    id
    title
    slug
    summary
    body
    seoTitle
    seoDescription
    authorName
    createdAt
  }
`);

type RevisionResult = FragmentOf<typeof RevisionFields>;

function contentOf(masked: RevisionResult): TranslationContent {
  const revision = readFragment(RevisionFields, masked);
  return {
    title: revision.title,
    slug: revision.slug,
    summary: revision.summary,
    // The API validated the body when it was written; it is the domain's block list.
    body: revision.body as BodyBlock[],
    seoTitle: revision.seoTitle ?? null,
    seoDescription: revision.seoDescription ?? null,
  };
}

function revisionView(masked: RevisionResult): RevisionView {
  const revision = readFragment(RevisionFields, masked);
  return {
    revisionId: Number(revision.id),
    content: contentOf(masked),
    authorName: revision.authorName ?? null,
    createdAt: revision.createdAt,
  };
}

export interface DeskMe {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  locales: Locale[];
}

const MeQuery = graphql(`
  query DeskMe {
    me {
      id
      displayName
      email
      role
      locales
    }
  }
`);

/** The user behind a session token; null when the API no longer knows it (expired, signed out). */
export async function me(caller: DeskCaller): Promise<DeskMe | null> {
  const data = await requestAs(caller, MeQuery, {});
  return data.me ? { ...data.me, id: String(data.me.id), locales: [...data.me.locales] } : null;
}

const SignInMutation = graphql(`
  mutation DeskSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      __typename
      ... on SignedIn {
        token
        expiresAt
      }
      ... on SignInFailed {
        code
        retryAfter
      }
    }
  }
`);

export type SignInOutcome =
  | { kind: "signedIn"; token: string; expiresAt: Date }
  | { kind: "refused"; problem: SignInProblem };

/** `forwardedFor` names the journalist's address, which the API's per-client throttle counts by. */
export async function signIn(
  email: string,
  password: string,
  forwardedFor: Record<string, string> = {},
  now = Date.now(),
): Promise<SignInOutcome> {
  let result: ResultOf<typeof SignInMutation>["signIn"];
  try {
    ({ signIn: result } = await request(SignInMutation, { email, password }, { headers: forwardedFor }));
  } catch (error) {
    // Text the API refuses outright (a NUL character, say) cannot be anyone's email or password.
    if (error instanceof ApiError && error.codes.includes("BAD_USER_INPUT")) {
      return { kind: "refused", problem: { kind: "wrongCredentials" } };
    }
    throw error;
  }
  if (result.__typename === "SignedIn") {
    return { kind: "signedIn", token: result.token, expiresAt: new Date(result.expiresAt) };
  }
  if (result.code === "ACCOUNT_LOCKED" && result.retryAfter) {
    const minutes = Math.max(1, Math.ceil((new Date(result.retryAfter).getTime() - now) / 60_000));
    return { kind: "refused", problem: { kind: "tooManyAttempts", minutes } };
  }
  return { kind: "refused", problem: { kind: "wrongCredentials" } };
}

const SignOutMutation = graphql(`
  mutation DeskSignOut {
    signOut
  }
`);

export async function signOut(caller: DeskCaller): Promise<void> {
  await requestAs(caller, SignOutMutation, {});
}

const QueueQuery = graphql(`
  query DeskQueue($locales: [Locale!], $states: [QueueState!], $from: Locale, $first: Int, $after: String) {
    translationQueue(locales: $locales, states: $states, originalLocale: $from, first: $first, after: $after) {
      totalCount
      endCursor
      hasNextPage
      items {
        articleId
        locale
        originalLocale
        state
        title
        activityAt
        scheduledPublication {
          publishAt
        }
      }
    }
  }
`);

export interface QueuePageView {
  items: QueueItemView[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The signed-in user's queue; without `locale` the API takes all of the user's locales. */
export async function loadQueue(
  caller: DeskCaller,
  filter: {
    status: QueueState | null;
    locale: Locale | null;
    from: Locale | null;
    first: number;
    after: string | null;
  },
): Promise<QueuePageView> {
  const data = await requestAs(caller, QueueQuery, {
    locales: filter.locale ? [filter.locale] : null,
    states: filter.status ? [filter.status] : null,
    from: filter.from,
    first: filter.first,
    after: filter.after,
  });
  const queue = data.translationQueue;
  return {
    totalCount: queue.totalCount,
    endCursor: queue.endCursor ?? null,
    hasNextPage: queue.hasNextPage,
    items: queue.items.map((item) => ({
      articleId: Number(item.articleId),
      title: item.title,
      sourceLocale: item.originalLocale,
      targetLocale: item.locale,
      state: item.state,
      updatedAt: item.activityAt,
      scheduledAt: item.scheduledPublication?.publishAt ?? null,
    })),
  };
}

const EditorQuery = graphql(
  `
  query DeskEditor($id: ID!) {
    deskArticle(id: $id) {
      id
      originalLocale
      translations {
        locale
        status
        outdated
        head {
          ...DeskRevisionFields
        }
        published {
          ...DeskRevisionFields
        }
      }
    }
  }
`,
  [RevisionFields],
);

/** The editor's data without the user's buttons (the route adds them); null for an unknown article. */
export async function loadEditor(
  caller: DeskCaller,
  articleId: number,
  target: Locale,
): Promise<Omit<EditorData, "actions" | "canCreate"> | null> {
  const data = await requestAs(caller, EditorQuery, { id: String(articleId) });
  const article = data.deskArticle;
  if (!article) return null;
  const original = article.translations.find((translation) => translation.locale === article.originalLocale);
  if (!original) return null;
  // The source is what readers of the original see, or its draft while it is unpublished.
  const source = revisionView(original.published ?? original.head);
  const translation = article.translations.find((candidate) => candidate.locale === target);
  return {
    articleId,
    source: { locale: article.originalLocale, revisionId: source.revisionId, content: source.content },
    targetLocale: target,
    target: translation
      ? {
          status: translation.status as TranslationStatus,
          head: revisionView(translation.head),
          outdated: translation.outdated,
        }
      : null,
  };
}

/** How a desk page shows a refusal that is not about the text sent. */
export type DeskRefusal = Extract<
  EditorActionResult,
  { kind: "forbidden" | "notFound" | "sessionExpired" | "failed" }
>;

/** The typed errors every desk mutation may answer, as the editor shows them. */
export function deskError(
  result: { __typename: string; code?: string; message?: string },
  ui: Locale,
): DeskRefusal {
  switch (result.__typename) {
    case "Forbidden":
      return result.code === "SESSION_EXPIRED" || result.code === "UNAUTHENTICATED"
        ? { kind: "sessionExpired" }
        : { kind: "forbidden" };
    case "NotFound":
      return { kind: "notFound" };
    default:
      // Every call asks the API for the desk's language; a refusal that comes without words gets the desk's own.
      return { kind: "failed", message: result.message ?? deskI18nFor(ui).t("desk:save.apiRefused") };
  }
}

/** A form's ValidationError as the refusal of its first problem's field (`field` when none is named). */
export function fieldRefusal(
  error: { message: string; problems: ReadonlyArray<{ field: string; message: string }> },
  field: string,
): PostRefusal {
  const [first] = error.problems;
  return { kind: "invalid", field: first?.field ?? field, message: first?.message ?? error.message };
}

function problems(
  list: ReadonlyArray<{
    field: string;
    blockIndex?: number | null;
    blockType?: string | null;
    message: string;
    code?: string | null;
    params?: ReadonlyArray<{ name: string; value: string }> | null;
  }>,
): ValidationError[] {
  return list.map((problem) => ({
    field: problem.field,
    blockIndex: problem.blockIndex ?? null,
    blockType: problem.blockType ?? null,
    message: problem.message,
    // Code and params travel on, so the editor words the problem in the desk's language.
    ...(isValidationCode(problem.code) ? { code: problem.code } : {}),
    ...(problem.params?.length
      ? { params: Object.fromEntries(problem.params.map((param) => [param.name, param.value])) }
      : {}),
  }));
}

// A save and a restore answer the same union members; these fragments read them once.
const SavedFields = graphql(`
  fragment DeskSaved on TranslationSaved @_unmask {
    revision {
      id
      createdAt
    }
  }
`);

const ConflictFields = graphql(
  `
  fragment DeskConflict on Conflict @_unmask {
    head {
      ...DeskRevisionFields
    }
  }
`,
  [RevisionFields],
);

const ProblemFields = graphql(`
  fragment DeskProblems on ValidationError @_unmask {
    problems {
      field
      blockIndex
      blockType
      message
      code
      params {
        name
        value
      }
    }
  }
`);

const SaveMutation = graphql(
  `
  mutation DeskSave(
    $articleId: ID!
    $locale: Locale!
    $basedOnRevisionId: ID!
    $content: TranslationContentInput!
    $sourceRevisionId: ID
  ) {
    saveTranslation(
      articleId: $articleId
      locale: $locale
      basedOnRevisionId: $basedOnRevisionId
      content: $content
      sourceRevisionId: $sourceRevisionId
    ) {
      __typename
      ...DeskSaved
      ...DeskConflict
      ...DeskProblems
      ... on DeskError {
        code
        message
      }
    }
  }
`,
  [SavedFields, ConflictFields, ProblemFields],
);

type SaveAnswer =
  | ResultOf<typeof SaveMutation>["saveTranslation"]
  | ResultOf<typeof RestoreMutation>["restoreRevision"];

/** A save's or a restore's answer as the editor shows it; `yours` is the text that was sent. */
function saveOutcome(
  caller: DeskCaller,
  result: SaveAnswer,
  yours: TranslationContent,
  intent: string,
): EditorActionResult {
  switch (result.__typename) {
    case "TranslationSaved":
      return {
        kind: "saved",
        revisionId: Number(result.revision.id),
        savedAt: result.revision.createdAt,
        intent,
      };
    case "Conflict":
      return { kind: "conflict", head: revisionView(result.head), yours };
    case "ValidationError":
      return { kind: "invalid", errors: problems(result.problems), yours };
    default:
      return deskError(result, caller.ui);
  }
}

function contentInput(content: TranslationContent) {
  return {
    title: content.title,
    slug: content.slug,
    summary: content.summary,
    body: content.body,
    seoTitle: content.seoTitle ?? null,
    seoDescription: content.seoDescription ?? null,
  };
}

export async function saveTranslation(
  caller: DeskCaller,
  input: {
    articleId: number;
    locale: Locale;
    basedOnRevisionId: number | null;
    content: TranslationContent;
    sourceRevisionId?: number | null;
  },
  intent = "save",
): Promise<EditorActionResult> {
  if (input.basedOnRevisionId === null)
    return { kind: "failed", message: deskI18nFor(caller.ui).t("desk:save.formIncomplete") };
  const { saveTranslation: result } = await requestAs(caller, SaveMutation, {
    articleId: String(input.articleId),
    locale: input.locale,
    basedOnRevisionId: String(input.basedOnRevisionId),
    content: contentInput(input.content),
    sourceRevisionId: input.sourceRevisionId ? String(input.sourceRevisionId) : null,
  });
  return saveOutcome(caller, result, input.content, intent);
}

const AddTranslationMutation = graphql(`
  mutation DeskAddTranslation($articleId: ID!, $locale: Locale!, $fillFromSource: Boolean!) {
    addTranslation(articleId: $articleId, locale: $locale, fillFromSource: $fillFromSource) {
      __typename
      ... on TranslationCreated {
        revision {
          id
          createdAt
        }
      }
      ... on TranslationAlreadyExists {
        code
        message
      }
      ... on DeskError {
        code
        message
      }
    }
  }
`);

/** Starts a translation; one that already exists is simply opened (two people pressed the button). */
export async function addTranslation(
  caller: DeskCaller,
  input: { articleId: number; locale: Locale; fillFromSource: boolean },
): Promise<EditorActionResult> {
  const { addTranslation: result } = await requestAs(caller, AddTranslationMutation, {
    articleId: String(input.articleId),
    locale: input.locale,
    fillFromSource: input.fillFromSource,
  });
  if (result.__typename === "TranslationCreated") {
    return {
      kind: "saved",
      revisionId: Number(result.revision.id),
      savedAt: result.revision.createdAt,
      intent: "fill",
    };
  }
  if (result.__typename === "TranslationAlreadyExists") return { kind: "failed", message: result.message };
  return deskError(result, caller.ui);
}

const TransitionFields = graphql(`
  fragment DeskTransitionFields on TransitionTranslationResult {
    __typename
    ... on TranslationStatusChanged {
      translation {
        status
      }
    }
    ... on DeskError {
      code
      message
    }
  }
`);

/*
 * One document for the six status changes: each is its own mutation field in the API, and
 * @include picks the one asked for, so the desk keeps a single typed document.
 */
const TransitionMutation = graphql(
  `
  mutation DeskTransition(
    $articleId: ID!
    $locale: Locale!
    $submit: Boolean!
    $reject: Boolean!
    $publish: Boolean!
    $unpublish: Boolean!
    $archive: Boolean!
    $unarchive: Boolean!
  ) {
    submitTranslation(articleId: $articleId, locale: $locale) @include(if: $submit) {
      ...DeskTransitionFields
    }
    rejectTranslation(articleId: $articleId, locale: $locale) @include(if: $reject) {
      ...DeskTransitionFields
    }
    publishTranslation(articleId: $articleId, locale: $locale) @include(if: $publish) {
      ...DeskTransitionFields
    }
    unpublishTranslation(articleId: $articleId, locale: $locale) @include(if: $unpublish) {
      ...DeskTransitionFields
    }
    archiveTranslation(articleId: $articleId, locale: $locale) @include(if: $archive) {
      ...DeskTransitionFields
    }
    unarchiveTranslation(articleId: $articleId, locale: $locale) @include(if: $unarchive) {
      ...DeskTransitionFields
    }
  }
`,
  [TransitionFields],
);

export async function transition(
  caller: DeskCaller,
  input: { articleId: number; locale: Locale; action: WorkflowAction },
): Promise<EditorActionResult> {
  const { action } = input;
  const data = await requestAs(caller, TransitionMutation, {
    articleId: String(input.articleId),
    locale: input.locale,
    submit: action === "submit",
    reject: action === "reject",
    publish: action === "publish",
    unpublish: action === "unpublish",
    archive: action === "archive",
    unarchive: action === "unarchive",
  });
  const answer =
    data.submitTranslation ??
    data.rejectTranslation ??
    data.publishTranslation ??
    data.unpublishTranslation ??
    data.archiveTranslation ??
    data.unarchiveTranslation;
  if (!answer) throw new ApiError(`The API gave no answer to ${action}`);
  const result = readFragment(TransitionFields, answer);
  if (result.__typename === "TranslationStatusChanged") {
    return { kind: "workflow", action, status: result.translation.status as TranslationStatus };
  }
  return deskError(result, caller.ui);
}

const RevisionsQuery = graphql(`
  query DeskRevisions($articleId: ID!, $locale: Locale!) {
    deskTranslation(articleId: $articleId, locale: $locale) {
      status
      head {
        id
      }
      published {
        id
      }
    }
    revisions(articleId: $articleId, locale: $locale, first: 100) {
      revisions {
        id
        title
        authorName
        createdAt
      }
    }
  }
`);

export interface RevisionHistory {
  status: TranslationStatus;
  headRevisionId: number;
  publishedRevisionId: number | null;
  revisions: RevisionSummary[];
}

/** The newest hundred revisions of a translation, newest first; null when it does not exist. */
export async function listRevisions(
  caller: DeskCaller,
  articleId: number,
  locale: Locale,
): Promise<RevisionHistory | null> {
  const data = await requestAs(caller, RevisionsQuery, { articleId: String(articleId), locale });
  const translation = data.deskTranslation;
  if (!translation) return null;
  return {
    status: translation.status as TranslationStatus,
    headRevisionId: Number(translation.head.id),
    publishedRevisionId: translation.published ? Number(translation.published.id) : null,
    revisions: data.revisions.revisions.map((revision) => ({
      revisionId: Number(revision.id),
      title: revision.title,
      authorName: revision.authorName ?? null,
      createdAt: revision.createdAt,
    })),
  };
}

const CompareQuery = graphql(
  `
  query DeskCompare($before: ID!, $after: ID!) {
    compareRevisions(before: $before, after: $after) {
      before {
        articleId
        locale
        ...DeskRevisionFields
      }
      after {
        articleId
        locale
        ...DeskRevisionFields
      }
    }
  }
`,
  [RevisionFields],
);

/** Two revisions of one translation; null when either is unknown or belongs elsewhere. */
export async function compareRevisions(
  caller: DeskCaller,
  key: { articleId: number; locale: Locale },
  beforeId: number,
  afterId: number,
): Promise<{ before: RevisionView; after: RevisionView } | null> {
  const data = await requestAs(caller, CompareQuery, { before: String(beforeId), after: String(afterId) });
  const comparison = data.compareRevisions;
  if (!comparison) return null;
  const ours = (side: typeof comparison.before) =>
    Number(side.articleId) === key.articleId && side.locale === key.locale;
  if (!ours(comparison.before) || !ours(comparison.after)) return null;
  return { before: revisionView(comparison.before), after: revisionView(comparison.after) };
}

const RestoreMutation = graphql(
  `
  mutation DeskRestore($articleId: ID!, $locale: Locale!, $revisionId: ID!, $basedOnRevisionId: ID!) {
    restoreRevision(articleId: $articleId, locale: $locale, revisionId: $revisionId, basedOnRevisionId: $basedOnRevisionId) {
      __typename
      ...DeskSaved
      ...DeskConflict
      ...DeskProblems
      ... on DeskError {
        code
        message
      }
    }
  }
`,
  [SavedFields, ConflictFields, ProblemFields],
);

/** Appends an old revision's text as the new head; the history keeps everything. */
export async function restoreRevision(
  caller: DeskCaller,
  input: { articleId: number; locale: Locale; revisionId: number; basedOnRevisionId: number },
): Promise<EditorActionResult> {
  const { restoreRevision: result } = await requestAs(caller, RestoreMutation, {
    articleId: String(input.articleId),
    locale: input.locale,
    revisionId: String(input.revisionId),
    basedOnRevisionId: String(input.basedOnRevisionId),
  });
  // A restore sends no text of its own: on a conflict, the head stands on both sides.
  const outcome = saveOutcome(caller, result, { title: "", slug: "", summary: "", body: [] }, "restore");
  return outcome.kind === "conflict" ? { ...outcome, yours: outcome.head.content } : outcome;
}

const SourceChangesQuery = graphql(
  `
  query DeskSourceChanges($articleId: ID!, $locale: Locale!) {
    sourceChanges(articleId: $articleId, locale: $locale) {
      translation {
        originalLocale
      }
      comparison {
        before {
          ...DeskRevisionFields
        }
        after {
          ...DeskRevisionFields
        }
      }
    }
  }
`,
  [RevisionFields],
);

export interface SourceChangesView {
  sourceLocale: Locale;
  /** Null when the translation is not outdated: nothing to compare. */
  comparison: { from: RevisionView; to: RevisionView } | null;
}

export async function loadSourceChanges(
  caller: DeskCaller,
  articleId: number,
  locale: Locale,
): Promise<SourceChangesView | null> {
  const data = await requestAs(caller, SourceChangesQuery, { articleId: String(articleId), locale });
  const changes = data.sourceChanges;
  if (!changes) return null;
  return {
    sourceLocale: changes.translation.originalLocale,
    comparison: changes.comparison
      ? { from: revisionView(changes.comparison.before), to: revisionView(changes.comparison.after) }
      : null,
  };
}

const BreakingQuery = graphql(`
  query DeskBreaking($locale: Locale!) {
    breaking(locale: $locale, first: 50) {
      id
      text
      attribution
      url
      expiresAt
    }
  }
`);

/** The edition's breaking items that are still on the ticker. */
export async function listBreaking(caller: DeskCaller, locale: Locale): Promise<BreakingItemView[]> {
  const data = await requestAs(caller, BreakingQuery, { locale });
  return data.breaking.map((item) => ({
    id: Number(item.id),
    text: item.text,
    attribution: item.attribution ?? null,
    url: item.url ?? null,
    expiresAt: item.expiresAt,
  }));
}

const PostBreakingMutation = graphql(`
  mutation DeskPostBreaking($locale: Locale!, $text: String!, $attribution: String, $url: String, $expiresAt: DateTime) {
    postBreakingNews(locale: $locale, text: $text, attribution: $attribution, url: $url, expiresAt: $expiresAt) {
      __typename
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
  }
`);

export type BreakingOutcome = { ok: true; done: "posted" | "expired" } | { ok: false; problem: PostRefusal };

export async function postBreaking(
  caller: DeskCaller,
  input: { locale: Locale; text: string; attribution: string | null; url: string | null; expiresAt: string },
): Promise<BreakingOutcome> {
  const { postBreakingNews: result } = await requestAs(caller, PostBreakingMutation, input);
  switch (result.__typename) {
    case "BreakingNewsPosted":
      return { ok: true, done: "posted" };
    case "ValidationError":
      return { ok: false, problem: fieldRefusal(result, "text") };
    default:
      return { ok: false, problem: deskError(result, caller.ui) };
  }
}

const ExpireBreakingMutation = graphql(`
  mutation DeskExpireBreaking($id: ID!) {
    expireBreakingNews(id: $id) {
      __typename
      ... on DeskError {
        code
        message
      }
    }
  }
`);

/** Takes an item off its edition's ticker now. */
export async function expireBreaking(caller: DeskCaller, id: number): Promise<BreakingOutcome> {
  const { expireBreakingNews: result } = await requestAs(caller, ExpireBreakingMutation, { id: String(id) });
  if (result.__typename === "BreakingItemChanged") return { ok: true, done: "expired" };
  return { ok: false, problem: deskError(result, caller.ui) };
}
