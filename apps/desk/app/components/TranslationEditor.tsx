import type { ValidationError } from "@sahifa/domain/block-validation";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { fillTranslationFromSource } from "@sahifa/domain/fill-from-source";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { slugify } from "@sahifa/domain/slug";
import { findUntranslatedBlocks } from "@sahifa/domain/untranslated";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { deskUrls } from "../desk-urls.ts";
import { setSlot } from "../editor/block-slots.ts";
import type { EditorActionResult, EditorData } from "../editor/editor-model.ts";
import { useDraftEditor } from "../editor/use-draft-editor.ts";
import { BlockGlossary } from "./BlockGlossary.tsx";
import { BlockMemory } from "./BlockMemory.tsx";
import { BlockPair } from "./BlockPair.tsx";
import { ConflictScreen } from "./ConflictScreen.tsx";
import { SaveStatus } from "./SaveStatus.tsx";
import { UntranslatedMark, UntranslatedWarning } from "./UntranslatedMark.tsx";
import { WorkflowActions } from "./WorkflowActions.tsx";

type TextField = "title" | "summary" | "slug";

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
            {error.params?.suggestion && !readOnly ? (
              <>
                {" "}
                <button
                  type="button"
                  className="desk-button desk-button-quiet"
                  data-testid={`use-suggestion-${field}`}
                  onClick={() => onChange(String(error.params?.suggestion))}
                >
                  <bdi dir="auto">{t("editor.useSuggestion", { suggestion: error.params.suggestion })}</bdi>
                </button>
              </>
            ) : null}
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
  const draft = useDraftEditor({
    articleId,
    locale: targetLocale,
    head: target.head,
    editable,
    result,
    sourceRevisionId: source.revisionId,
  });
  const { content, conflict, errors, saveState, savedAt, notice, live, followsSource } = draft;

  function setField(field: TextField, value: string) {
    const current = draft.current();
    const next = { ...current, [field]: value };
    // Until the translator edits the slug, it follows the translated title.
    if (field === "title" && current.slug === slugify(current.title, targetLocale)) {
      next.slug = slugify(value, targetLocale);
    }
    draft.update(next);
  }

  function setBlock(index: number, block: BodyBlock) {
    const current = draft.current();
    if (!current.body[index]) return;
    draft.update({ ...current, body: current.body.with(index, block) as BodyBlock[] });
  }

  function setBlockSlot(index: number, path: string, value: string) {
    const block = draft.current().body[index];
    if (block) setBlock(index, setSlot(block, path, value));
  }

  /** A remembered block in place of the block's translation: same type only, so the structure stays the source's. */
  function insertBlock(index: number, block: BodyBlock) {
    const current = draft.current();
    const existing = current.body[index];
    if (existing ? existing.type !== block.type : index !== current.body.length) return;
    const body = [...current.body];
    body[index] = block;
    draft.update({ ...current, body });
  }

  function fillFromSource() {
    const filled = fillTranslationFromSource(source.content, targetLocale);
    draft.update({ ...filled, slug: draft.current().slug || filled.slug });
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
        onTakeTheirs={() => draft.takeTheirs(conflict.head)}
        onSaveChoices={(chosen) => draft.saveChoices(conflict.head, chosen)}
      />
    );
  }

  const rows = Math.max(source.content.body.length, content.body.length);
  // The rule submit applies, run on the text on screen so the translator sees it as they type.
  const untranslated = findUntranslatedBlocks(source.content.body, content.body, targetLocale);
  const untranslatedReason = new Map(untranslated.map((block) => [block.blockIndex, block.reason]));
  const { pending } = draft;
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
            draft.saveNow();
          } else if (submitter?.value === "fill") {
            event.preventDefault();
            fillFromSource();
          }
        }}
      >
        <input type="hidden" name="basedOnRevisionId" value={draft.basedOnRevisionId} />
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
              onBlockChange={live ? setBlock : undefined}
              glossary={glossary}
            />
            <UntranslatedMark
              index={index}
              reason={untranslatedReason.get(index)}
              targetLocale={targetLocale}
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
              onChange={(event) => draft.setFollowsSource(event.currentTarget.checked)}
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
      {data.actions.some((action) => action === "submit" || action === "publish") ? (
        <UntranslatedWarning count={untranslated.length} />
      ) : null}
      <WorkflowActions
        actions={data.actions}
        headRevisionId={draft.basedOnRevisionId}
        blockedBySave={pending || refusal !== null}
        blockedReason={refusal}
      />
    </>
  );
}
