import type { TranslationContent } from "@sahifa/domain/article";
import type { ValidationError } from "@sahifa/domain/block-validation";
import type { Locale } from "@sahifa/domain/locales";
import { wordProblem } from "@sahifa/i18n/problem-wording";
import type { i18n } from "i18next";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFetcher } from "react-router";
import { AutosaveScheduler, type SaveState } from "./autosave.ts";
import { draftFormData, draftProblems } from "./draft-form.ts";
import { discardDraft, loadDraft, sameContent, settleDraft, storeDraft } from "./draft-store.ts";
import type { EditorActionResult, RevisionView } from "./editor-model.ts";

/** Problems in the desk's language, whether the browser or the API found them. */
function worded(i18n: i18n, problems: readonly ValidationError[]): ValidationError[] {
  return problems.map((problem) => ({ ...problem, message: wordProblem(i18n, problem) }));
}

export type DraftConflict = { head: RevisionView; yours: TranslationContent };

function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be disabled by the browser; the editor still saves to the API.
    return null;
  }
}

/**
 * The saving half of every text editor of the desk (a translation beside its source, an
 * original on its own): autosave through a fetcher to the page's action, unsaved text kept
 * in localStorage until the API has it, a refused save turned into the conflict screen or
 * errors on the fields, and never a word lost. The editors only render `content` and call
 * `update`.
 */
export function useDraftEditor({
  articleId,
  locale,
  head,
  editable,
  result,
  sourceRevisionId = null,
}: {
  articleId: number;
  locale: Locale;
  head: RevisionView;
  editable: boolean;
  /** What a form post without JavaScript answered, if the page was one. */
  result: EditorActionResult | null;
  /** Translations: the source revision the translator may say their text now follows. */
  sourceRevisionId?: number | null;
}) {
  const { t, i18n } = useTranslation("desk");
  const fetcher = useFetcher<EditorActionResult>();

  // A no-JS post that came back invalid or in conflict shows the writer's text, never the head's.
  const [content, setContent] = useState<TranslationContent>(() =>
    result?.kind === "invalid" ? result.yours : head.content,
  );
  const [conflict, setConflict] = useState<DraftConflict | null>(() =>
    result?.kind === "conflict" ? { head: result.head, yours: result.yours } : null,
  );
  const [errors, setErrors] = useState<ValidationError[]>(() =>
    result?.kind === "invalid" ? worded(i18n, result.errors) : [],
  );
  const [saveState, setSaveState] = useState<SaveState>(() => (result?.kind === "saved" ? "saved" : "idle"));
  const [savedAt, setSavedAt] = useState<string | null>(() =>
    result?.kind === "saved" ? result.savedAt : null,
  );
  const [notice, setNotice] = useState<string | null>(null);
  // Set once hydrated: from then on edits are autosaved and kept in localStorage (tests wait for it).
  const [live, setLive] = useState(false);
  const [followsSource, setFollowsSourceState] = useState(false);
  const followsSourceRef = useRef(false);
  /** The source revision the last accepted save said the text follows. */
  const followedSourceRef = useRef<number | null>(null);
  const submittedSourceRef = useRef<number | null>(null);
  useEffect(() => setLive(true), []);

  const contentRef = useRef(content);
  const basedOnRef = useRef(head.revisionId);
  const lastSavedRef = useRef(head.content);
  const submittedRef = useRef<TranslationContent | null>(null);

  // The scheduler lives as long as the editor; it reaches the fetcher through a ref.
  const submitRef = useRef(fetcher.submit);
  submitRef.current = fetcher.submit;
  const [scheduler] = useState(
    () =>
      new AutosaveScheduler(() => {
        const sourceToFollow = followsSourceRef.current ? sourceRevisionId : null;
        if (
          sameContent(contentRef.current, lastSavedRef.current) &&
          (sourceToFollow === null || followedSourceRef.current === sourceToFollow)
        ) {
          // Nothing new to save: answer at once instead of appending an identical revision.
          queueMicrotask(() => scheduler.finished("saved"));
          return;
        }
        const problems = draftProblems(contentRef.current, locale);
        if (problems.length > 0) {
          // The API would refuse it: show why now and keep the text (it is in localStorage).
          setErrors(worded(i18n, problems));
          queueMicrotask(() => scheduler.finished("failed"));
          return;
        }
        submittedRef.current = contentRef.current;
        submittedSourceRef.current = sourceToFollow;
        void submitRef.current(
          draftFormData("save", {
            basedOnRevisionId: basedOnRef.current,
            content: contentRef.current,
            sourceRevisionId: sourceToFollow,
          }),
          { method: "post" },
        );
      }, setSaveState),
  );
  useEffect(() => () => scheduler.dispose(), [scheduler]);

  // Unsaved text from an earlier visit: restore it, or show it against a newer head.
  // Only on arrival: later heads come from our own saves, which settle the stored draft.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per editor, on mount
  useEffect(() => {
    const storage = browserStorage();
    if (!storage || !editable) return;
    const stored = loadDraft(storage, articleId, locale);
    if (!stored) return;
    if (sameContent(stored.content, head.content)) {
      discardDraft(storage, articleId, locale);
    } else if (stored.basedOnRevisionId === head.revisionId) {
      contentRef.current = stored.content;
      setContent(stored.content);
      setNotice(t("save.restoredLocal"));
      scheduler.edited();
    } else {
      setConflict({ head, yours: stored.content });
    }
  }, []);

  // The API's answer to an autosave.
  const handled = useRef<EditorActionResult | null>(null);
  useEffect(() => {
    const answer = fetcher.data;
    if (fetcher.state !== "idle" || !answer || handled.current === answer) return;
    handled.current = answer;
    const storage = browserStorage();
    switch (answer.kind) {
      case "saved": {
        basedOnRef.current = answer.revisionId;
        const submitted = submittedRef.current ?? contentRef.current;
        lastSavedRef.current = submitted;
        if (submittedSourceRef.current !== null) followedSourceRef.current = submittedSourceRef.current;
        if (storage) settleDraft(storage, articleId, locale, submitted, answer.revisionId);
        setSavedAt(answer.savedAt);
        setErrors([]);
        scheduler.finished("saved");
        break;
      }
      case "conflict":
        setConflict({ head: answer.head, yours: contentRef.current });
        scheduler.finished("conflict");
        break;
      case "invalid":
        setErrors(worded(i18n, answer.errors));
        scheduler.finished("failed");
        break;
      case "sessionExpired":
        setNotice(t("sessionExpired"));
        scheduler.finished("failed");
        break;
      case "forbidden":
        setNotice(t("forbidden"));
        scheduler.finished("failed");
        break;
      default:
        scheduler.finished("failed");
    }
  }, [fetcher.state, fetcher.data, articleId, locale, scheduler, t, i18n]);

  /** Text the API does not have yet, kept in localStorage against the revision it is based on. */
  function keepInBrowser(content: TranslationContent) {
    const storage = browserStorage();
    if (!storage) return;
    storeDraft(storage, {
      articleId,
      locale,
      basedOnRevisionId: basedOnRef.current,
      content,
      editedAt: new Date().toISOString(),
    });
  }

  /** The writer changed something: keep it in the browser and autosave it. */
  function update(next: TranslationContent) {
    contentRef.current = next;
    setContent(next);
    keepInBrowser(next);
    scheduler.edited();
  }

  /** Edits start from the latest text, even between renders (two quick keystrokes). */
  function current(): TranslationContent {
    return contentRef.current;
  }

  function takeTheirs(theirs: RevisionView) {
    const storage = browserStorage();
    if (storage) discardDraft(storage, articleId, locale);
    basedOnRef.current = theirs.revisionId;
    lastSavedRef.current = theirs.content;
    contentRef.current = theirs.content;
    setContent(theirs.content);
    setConflict(null);
    scheduler.resolved();
  }

  /**
   * The conflict screen's mix of both versions, saved on top of theirs through the same
   * autosave: a further refusal brings the screen back with this mix as "yours".
   */
  function saveChoices(theirs: RevisionView, chosen: TranslationContent) {
    basedOnRef.current = theirs.revisionId;
    lastSavedRef.current = theirs.content;
    contentRef.current = chosen;
    setContent(chosen);
    setConflict(null);
    keepInBrowser(chosen);
    scheduler.resolved();
    scheduler.flush();
  }

  function setFollowsSource(follows: boolean) {
    followsSourceRef.current = follows;
    setFollowsSourceState(follows);
    scheduler.edited();
  }

  return {
    content,
    current,
    update,
    conflict,
    takeTheirs,
    saveChoices,
    errors,
    saveState,
    savedAt,
    notice,
    live,
    basedOnRevisionId: basedOnRef.current,
    saveNow: () => scheduler.flush(),
    pending: saveState === "dirty" || saveState === "saving",
    followsSource,
    setFollowsSource,
  };
}
