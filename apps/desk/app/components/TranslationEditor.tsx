import type { TranslationContent } from "@sahifa/domain/article";
import type { ValidationError } from "@sahifa/domain/block-validation";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { fillTranslationFromSource } from "@sahifa/domain/fill-from-source";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { slugify } from "@sahifa/domain/slug";
import { Fragment, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFetcher } from "react-router";
import { deskUrls } from "../desk-urls.ts";
import { AutosaveScheduler, type SaveState } from "../editor/autosave.ts";
import { setSlot } from "../editor/block-slots.ts";
import { draftFormData, draftProblems } from "../editor/draft-form.ts";
import { discardDraft, loadDraft, sameContent, settleDraft, storeDraft } from "../editor/draft-store.ts";
import type { EditorActionResult, EditorData, RevisionView } from "../editor/editor-model.ts";
import { BlockGlossary } from "./BlockGlossary.tsx";
import { BlockMemory } from "./BlockMemory.tsx";
import { BlockPair } from "./BlockPair.tsx";
import { ConflictScreen } from "./ConflictScreen.tsx";
import { SaveStatus } from "./SaveStatus.tsx";
import { WorkflowActions } from "./WorkflowActions.tsx";

type Conflict = { head: RevisionView; yours: TranslationContent };
type TextField = "title" | "summary" | "slug";

function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be disabled by the browser; the editor still saves to the API.
    return null;
  }
}

/** The errors of one field, and the body errors of one block. */
function fieldErrors(errors: readonly ValidationError[], field: string) {
  return errors.filter((error) => error.blockIndex === null && error.field === field);
}

function FieldPair({
  field,
  source,
  value,
  sourceLocale,
  targetLocale,
  readOnly,
  multiline,
  errors,
  onChange,
}: {
  field: TextField;
  source: string;
  value: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  readOnly: boolean;
  multiline: boolean;
  errors: readonly ValidationError[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation("desk");
  const sourceConfig = LOCALE_CONFIG[sourceLocale];
  const targetConfig = LOCALE_CONFIG[targetLocale];
  const id = `field-${field}`;
  const props = {
    id,
    name: field,
    value,
    readOnly,
    required: field !== "summary",
    "aria-invalid": errors.length > 0 ? true : undefined,
    onChange: (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value),
    // Slugs are URL parts: Latin ones read left to right even in an Arabic interface.
    ...(field === "slug" ? { dir: "auto" } : {}),
  };
  return (
    <div className="desk-pair desk-field" data-field={field}>
      <label className="desk-pair-label" htmlFor={id}>
        {t(`editor.fields.${field}`)}
      </label>
      <div className="desk-source" lang={sourceConfig.hreflang} dir={sourceConfig.dir}>
        <p className="desk-source-text">{source}</p>
      </div>
      <div
        className="desk-target"
        lang={targetConfig.hreflang}
        dir={targetConfig.dir}
        data-testid={`target-${field}`}
      >
        {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
        {errors.map((error) => (
          <span key={error.message} className="desk-field-error">
            {error.message}
          </span>
        ))}
      </div>
    </div>
  );
}

/**
 * The side-by-side editor: source on one side and target on the other, each in
 * its own direction, aligned block by block. It works as a plain form (Save posts it);
 * with JavaScript it autosaves through a fetcher, keeps unsaved text in localStorage
 * until the API has it, and turns a refused save into the conflict screen.
 */
export function TranslationEditor({
  ui,
  data,
  result,
}: {
  ui: Locale;
  data: EditorData & { target: NonNullable<EditorData["target"]> };
  result: EditorActionResult | null;
}) {
  const { t } = useTranslation("desk");
  const { articleId, source, targetLocale, target } = data;
  const glossary = data.glossary ?? [];
  const editable = data.actions.includes("editDraft");
  const fetcher = useFetcher<EditorActionResult>();

  // A no-JS post that came back invalid or in conflict shows the translator's text, never the head's.
  const [content, setContent] = useState<TranslationContent>(() =>
    result?.kind === "invalid" ? result.yours : target.head.content,
  );
  const [conflict, setConflict] = useState<Conflict | null>(() =>
    result?.kind === "conflict" ? { head: result.head, yours: result.yours } : null,
  );
  const [errors, setErrors] = useState<ValidationError[]>(() =>
    result?.kind === "invalid" ? result.errors : [],
  );
  const [saveState, setSaveState] = useState<SaveState>(() => (result?.kind === "saved" ? "saved" : "idle"));
  const [savedAt, setSavedAt] = useState<string | null>(() =>
    result?.kind === "saved" ? result.savedAt : null,
  );
  const [notice, setNotice] = useState<string | null>(null);
  // Set once hydrated: from then on edits are autosaved and kept in localStorage (tests wait for it).
  const [live, setLive] = useState(false);
  // An outdated translation: the translator says when their text follows the source on the left.
  const [followsSource, setFollowsSource] = useState(false);
  const followsSourceRef = useRef(false);
  /** The source revision the last accepted save said the text follows. */
  const followedSourceRef = useRef<number | null>(null);
  const submittedSourceRef = useRef<number | null>(null);
  useEffect(() => setLive(true), []);

  const contentRef = useRef(content);
  const basedOnRef = useRef(target.head.revisionId);
  const lastSavedRef = useRef(target.head.content);
  const submittedRef = useRef<TranslationContent | null>(null);

  // The scheduler lives as long as the editor; it reaches the fetcher through a ref.
  const submitRef = useRef(fetcher.submit);
  submitRef.current = fetcher.submit;
  const [scheduler] = useState(
    () =>
      new AutosaveScheduler(() => {
        const sourceToFollow = followsSourceRef.current ? source.revisionId : null;
        if (
          sameContent(contentRef.current, lastSavedRef.current) &&
          (sourceToFollow === null || followedSourceRef.current === sourceToFollow)
        ) {
          // Nothing new to save: answer at once instead of appending an identical revision.
          queueMicrotask(() => scheduler.finished("saved"));
          return;
        }
        const problems = draftProblems(contentRef.current, targetLocale);
        if (problems.length > 0) {
          // The API would refuse it: show why now and keep the text (it is in localStorage).
          setErrors(problems);
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
    const stored = loadDraft(storage, articleId, targetLocale);
    if (!stored) return;
    if (sameContent(stored.content, target.head.content)) {
      discardDraft(storage, articleId, targetLocale);
    } else if (stored.basedOnRevisionId === target.head.revisionId) {
      contentRef.current = stored.content;
      setContent(stored.content);
      setNotice(t("save.restoredLocal"));
      scheduler.edited();
    } else {
      setConflict({ head: target.head, yours: stored.content });
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
        if (storage) settleDraft(storage, articleId, targetLocale, submitted, answer.revisionId);
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
        setErrors(answer.errors);
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
  }, [fetcher.state, fetcher.data, articleId, targetLocale, scheduler, t]);

  function update(next: TranslationContent) {
    contentRef.current = next;
    setContent(next);
    const storage = browserStorage();
    if (storage) {
      storeDraft(storage, {
        articleId,
        locale: targetLocale,
        basedOnRevisionId: basedOnRef.current,
        content: next,
        editedAt: new Date().toISOString(),
      });
    }
    scheduler.edited();
  }

  function setField(field: TextField, value: string) {
    const current = contentRef.current;
    const next = { ...current, [field]: value };
    // Until the translator edits the slug, it follows the translated title.
    if (field === "title" && current.slug === slugify(current.title, targetLocale)) {
      next.slug = slugify(value, targetLocale);
    }
    update(next);
  }

  function setBlockSlot(index: number, path: string, value: string) {
    const current = contentRef.current;
    const block = current.body[index];
    if (!block) return;
    update({ ...current, body: current.body.with(index, setSlot(block, path, value)) as BodyBlock[] });
  }

  /** A remembered block in place of the block's translation: same type only, so the structure stays the source's. */
  function insertBlock(index: number, block: BodyBlock) {
    const current = contentRef.current;
    const existing = current.body[index];
    if (existing ? existing.type !== block.type : index !== current.body.length) return;
    const body = [...current.body];
    body[index] = block;
    update({ ...current, body });
  }

  function fillFromSource() {
    const filled = fillTranslationFromSource(source.content, targetLocale);
    update({ ...filled, slug: contentRef.current.slug || filled.slug });
  }

  function takeTheirs(head: RevisionView) {
    const storage = browserStorage();
    if (storage) discardDraft(storage, articleId, targetLocale);
    basedOnRef.current = head.revisionId;
    lastSavedRef.current = head.content;
    contentRef.current = head.content;
    setContent(head.content);
    setConflict(null);
    scheduler.resolved();
  }

  const editorUrl = deskUrls.editor(ui, articleId, targetLocale);
  if (conflict) {
    return (
      <ConflictScreen
        ui={ui}
        locale={targetLocale}
        yours={conflict.yours}
        head={conflict.head}
        editorUrl={editorUrl}
        onTakeTheirs={() => takeTheirs(conflict.head)}
      />
    );
  }

  const rows = Math.max(source.content.body.length, content.body.length);
  const pending = saveState === "dirty" || saveState === "saving";
  // Submit and publish act on the saved head: never while the text on screen was refused.
  const refusal =
    errors.length > 0
      ? t("save.invalidFirst")
      : saveState === "failed" || saveState === "conflict"
        ? t("save.refusedFirst", { reason: notice ?? "" }).trim()
        : null;
  return (
    <>
      {notice ? (
        <p className="desk-notice" role="status">
          {notice}
        </p>
      ) : null}
      <form
        method="post"
        className="desk-editor"
        data-testid="editor-form"
        data-live={live ? "true" : undefined}
        onSubmit={(event) => {
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          if (submitter?.value === "save") {
            event.preventDefault();
            scheduler.flush();
          } else if (submitter?.value === "fill") {
            event.preventDefault();
            fillFromSource();
          }
        }}
      >
        <input type="hidden" name="basedOnRevisionId" value={basedOnRef.current} />
        <input type="hidden" name="structure" value={JSON.stringify(content.body)} />
        <div className="desk-columns" aria-hidden="true">
          <span />
          <span lang={LOCALE_CONFIG[source.locale].hreflang}>
            {t("editor.source")}: {LOCALE_CONFIG[source.locale].nativeName}
          </span>
          <span lang={LOCALE_CONFIG[targetLocale].hreflang}>
            {t("editor.target")}: {LOCALE_CONFIG[targetLocale].nativeName}
          </span>
        </div>
        {(["title", "summary", "slug"] as const).map((field) => (
          <FieldPair
            key={field}
            field={field}
            source={source.content[field]}
            value={content[field]}
            sourceLocale={source.locale}
            targetLocale={targetLocale}
            readOnly={!editable}
            multiline={field === "summary"}
            errors={fieldErrors(errors, field)}
            onChange={(value) => setField(field, value)}
          />
        ))}
        {Array.from({ length: rows }, (_, index) => (
          <Fragment key={index}>
            <BlockPair
              index={index}
              source={source.content.body[index]}
              target={content.body[index]}
              sourceLocale={source.locale}
              targetLocale={targetLocale}
              readOnly={!editable}
              errors={errors.filter((error) => error.blockIndex === index)}
              onSlotChange={setBlockSlot}
              glossary={glossary}
            />
            {editable ? (
              <BlockMemory
                index={index}
                source={source.content.body[index]}
                targetLocale={targetLocale}
                url={deskUrls.memory(ui, articleId, targetLocale, index)}
                onInsert={insertBlock}
              />
            ) : null}
            <BlockGlossary
              index={index}
              source={source.content.body[index]}
              target={content.body[index]}
              terms={glossary}
              sourceLocale={source.locale}
              targetLocale={targetLocale}
            />
          </Fragment>
        ))}
        {fieldErrors(errors, "body").map((error) => (
          <p key={error.message} className="desk-field-error">
            {error.message}
          </p>
        ))}
        {editable && target.outdated ? (
          <label className="desk-follows-source">
            <input
              type="checkbox"
              name="sourceRevisionId"
              value={source.revisionId}
              checked={followsSource}
              onChange={(event) => {
                followsSourceRef.current = event.currentTarget.checked;
                setFollowsSource(event.currentTarget.checked);
                scheduler.edited();
              }}
            />
            {t("editor.caughtUp")}
          </label>
        ) : null}
        {editable ? (
          <div className="desk-save-bar">
            <button type="submit" name="intent" value="save" className="desk-button" data-testid="save">
              {t("save.save")}
            </button>
            <button
              type="submit"
              name="intent"
              value="fill"
              className="desk-button desk-button-quiet"
              title={t("editor.fillFromSourceHint")}
            >
              {t("editor.fillFromSource")}
            </button>
            <SaveStatus ui={ui} state={saveState} savedAt={savedAt} />
            {errors.length > 0 ? (
              <span className="desk-field-error" role="alert">
                {t("validation.problems", { count: errors.length })}
              </span>
            ) : null}
          </div>
        ) : (
          <p className="desk-hint">{t("editor.readOnly")}</p>
        )}
      </form>
      <WorkflowActions
        actions={data.actions}
        blockedBySave={pending || refusal !== null}
        blockedReason={refusal}
      />
    </>
  );
}
