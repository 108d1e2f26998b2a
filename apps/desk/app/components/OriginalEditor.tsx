import type { ValidationError } from "@sahifa/domain/block-validation";
import type { BodyBlock } from "@sahifa/domain/blocks";
import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { slugify } from "@sahifa/domain/slug";
import { useTranslation } from "react-i18next";
import { deskUrls } from "../desk-urls.ts";
import { setSlot } from "../editor/block-slots.ts";
import type { EditorActionResult, EditorData } from "../editor/editor-model.ts";
import type { BodyMedia } from "../editor/media-choice.ts";
import { useDraftEditor } from "../editor/use-draft-editor.ts";
import { BodyEditor } from "./BodyEditor.tsx";
import { ConflictScreen } from "./ConflictScreen.tsx";
import { SaveStatus } from "./SaveStatus.tsx";
import { WorkflowActions } from "./WorkflowActions.tsx";

type TextField = "title" | "summary" | "slug";

function headErrors(errors: readonly ValidationError[], field: string) {
  return errors.filter((error) => error.blockIndex === null && error.field === field);
}

/**
 * The editor of an original: one column in the article's own language and direction, a
 * block editor for the body, and the same saving as translations (autosave, text kept in
 * the browser until the API has it, conflicts shown side by side, never a word lost).
 */
export function OriginalEditor({
  ui,
  data,
  media,
  result,
}: {
  ui: Locale;
  data: EditorData & { target: NonNullable<EditorData["target"]> };
  media: BodyMedia;
  result: EditorActionResult | null;
}) {
  const { t } = useTranslation("desk");
  const { articleId, targetLocale: locale, target } = data;
  const config = LOCALE_CONFIG[locale];
  const editable = data.actions.includes("editDraft");
  const draft = useDraftEditor({ articleId, locale, head: target.head, editable, result });
  const { content, conflict, errors, live } = draft;

  function setField(field: TextField, value: string) {
    const current = draft.current();
    const next = { ...current, [field]: value };
    // Until the editor edits the slug, it follows the title.
    if (field === "title" && current.slug === slugify(current.title, locale))
      next.slug = slugify(value, locale);
    draft.update(next);
  }

  function setBody(body: BodyBlock[]) {
    draft.update({ ...draft.current(), body });
  }

  function setBlockSlot(index: number, path: string, value: string) {
    const current = draft.current();
    const block = current.body[index];
    if (block) setBody(current.body.with(index, setSlot(block, path, value)) as BodyBlock[]);
  }

  if (conflict) {
    return (
      <ConflictScreen
        ui={ui}
        locale={locale}
        yours={conflict.yours}
        head={conflict.head}
        editorUrl={deskUrls.editor(ui, articleId, locale)}
        onTakeTheirs={() => draft.takeTheirs(conflict.head)}
        onSaveChoices={(chosen) => draft.saveChoices(conflict.head, chosen)}
      />
    );
  }

  const field = (name: TextField, multiline: boolean) => {
    const own = headErrors(errors, name);
    const props = {
      id: `field-${name}`,
      name,
      value: content[name],
      readOnly: !editable,
      required: name !== "summary",
      "aria-invalid": own.length > 0 ? true : undefined,
      onChange: (event: { currentTarget: { value: string } }) => setField(name, event.currentTarget.value),
      ...(name === "slug" ? { dir: "auto" } : {}),
    };
    return (
      <div className="desk-field" data-field={name} data-testid={`original-${name}`}>
        <label htmlFor={props.id}>{t(`editor.fields.${name}`)}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
        {own.map((error) => (
          <span key={error.message} className="desk-field-error">
            {error.message}
          </span>
        ))}
      </div>
    );
  };

  return (
    <>
      {draft.notice ? (
        <p className="desk-notice" role="status">
          {draft.notice}
        </p>
      ) : null}
      <form
        method="post"
        className="desk-editor desk-original"
        data-testid="editor-form"
        data-live={live ? "true" : undefined}
        lang={config.hreflang}
        dir={config.dir}
        onSubmit={(event) => {
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          if (submitter?.value === "save") {
            event.preventDefault();
            draft.saveNow();
          }
        }}
      >
        <input type="hidden" name="basedOnRevisionId" value={draft.basedOnRevisionId} />
        <input type="hidden" name="structure" value={JSON.stringify(content.body)} />
        {field("title", false)}
        {field("summary", true)}
        {field("slug", false)}
        <fieldset className="desk-body" disabled={!editable}>
          <legend>{t("editor.fields.body")}</legend>
          <BodyEditor
            body={content.body}
            locale={locale}
            media={media}
            errors={errors}
            live={live && editable}
            onBodyChange={setBody}
            onSlotChange={setBlockSlot}
          />
          {headErrors(errors, "body").map((error) => (
            <p key={error.message} className="desk-field-error">
              {error.message}
            </p>
          ))}
        </fieldset>
        {editable ? (
          <div className="desk-save-bar" lang={LOCALE_CONFIG[ui].hreflang} dir={LOCALE_CONFIG[ui].dir}>
            <button type="submit" name="intent" value="save" className="desk-button" data-testid="save">
              {t("save.save")}
            </button>
            <SaveStatus ui={ui} state={draft.saveState} savedAt={draft.savedAt} />
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
        headRevisionId={draft.basedOnRevisionId}
        blockedBySave={draft.pending}
      />
    </>
  );
}
