import { fillTranslationFromSource } from "@sahifa/domain/fill-from-source";
import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { availableActions, can } from "@sahifa/domain/permissions";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@sahifa/domain/workflow";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import { addTranslation, loadEditor, saveTranslation, transition } from "../api/desk-api.server.ts";
import { loadEditorGlossary } from "../api/glossary-api.server.ts";
import { loadBodyMedia } from "../api/media-choices-api.server.ts";
import { checkedTransition, overrideFromForm } from "../api/text-checks-api.server.ts";
import { OriginalEditor } from "../components/OriginalEditor.tsx";
import { PreviewButton } from "../components/PreviewButton.tsx";
import { TextChecksNotice } from "../components/TextChecksNotice.tsx";
import { TranslationEditor } from "../components/TranslationEditor.tsx";
import { deskUrls } from "../desk-urls.ts";
import { readConflictForm } from "../editor/conflict-choices.ts";
import { readDraftForm, revalidateUnlessAutosave } from "../editor/draft-form.ts";
import type { EditorActionResult, EditorData } from "../editor/editor-model.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { notFound } from "../not-found.ts";
import { deskTarget, requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/editor";

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  const editor = await loadEditor(session, articleId, target);
  if (!editor) throw notFound();
  // An original is written here, not translated: its block editor offers the media library.
  const isOriginal = editor.source.locale === target;
  const media =
    isOriginal && editor.target
      ? await loadBodyMedia(session, target, editor.target.head.content.body)
      : null;
  const editorData: EditorData = {
    ...editor,
    actions: editor.target ? availableActions(session.user, target, editor.target.status) : [],
    canCreate: can(session.user, "createTranslation", target),
    glossary: editor.target ? await loadEditorGlossary(session, articleId, target) : [],
  };
  // Whoever may edit this edition's drafts may read them as readers will (the API checks the same).
  return data({
    ui: session.ui,
    editor: editorData,
    isOriginal,
    media,
    canPreview: can(session.user, "editDraft", target),
  });
}

function isWorkflowAction(value: string): value is WorkflowAction {
  return (WORKFLOW_ACTIONS as readonly string[]).includes(value);
}

/**
 * Every write of the editor page: form posts without JavaScript and autosave through a
 * fetcher alike. Each answer is an EditorActionResult the page knows how to show.
 */
export async function action({ params, request, url }: Route.ActionArgs): Promise<EditorActionResult> {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "save");
  const { t } = deskI18nFor(session.ui);
  // A post this page did not make (cut short, forged, or from an older page) is refused in the desk's words.
  const incomplete = { kind: "failed", message: t("desk:save.formIncomplete") } as const;
  if (intent === "save") {
    const submission = readDraftForm(form);
    if (!submission?.basedOnRevisionId) return incomplete;
    return saveTranslation(session, { articleId, locale: target, ...submission });
  }
  if (intent === "merge") {
    // The conflict screen posted without JavaScript: its chosen mix, saved on top of the newer head.
    const submission = readConflictForm(form);
    if (!submission) return incomplete;
    return saveTranslation(session, { articleId, locale: target, ...submission });
  }
  if (intent === "fill") {
    const editor = await loadEditor(session, articleId, target);
    if (!editor) return { kind: "notFound" };
    if (!editor.target) return addTranslation(session, { articleId, locale: target, fillFromSource: true });
    // Without JavaScript "fill" on an existing draft saves the source's copy as a new
    // revision; the translator's previous text stays in the history.
    const filled = fillTranslationFromSource(editor.source.content, target);
    return saveTranslation(session, {
      articleId,
      locale: target,
      basedOnRevisionId: editor.target.head.revisionId,
      content: { ...filled, slug: editor.target.head.content.slug || filled.slug },
    });
  }
  if (intent === "submit" || intent === "publish") {
    return checkedTransition(session, {
      articleId,
      locale: target,
      action: intent,
      ...overrideFromForm(form),
    });
  }
  if (isWorkflowAction(intent)) return transition(session, { articleId, locale: target, action: intent });
  return incomplete;
}

export const shouldRevalidate = revalidateUnlessAutosave;

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) return [];
  const { editor, isOriginal } = loaderData;
  // An original is written, not translated into anything: its title alone names the tab.
  if (isOriginal) return [{ title: editor.source.content.title }];
  return [{ title: `${editor.source.content.title} → ${LOCALE_CONFIG[editor.targetLocale].nativeName}` }];
}

function ResultNotice({ result }: { result: EditorActionResult | undefined }) {
  const { t } = useTranslation("desk");
  if (!result) return null;
  let text: string | null = null;
  if (result.kind === "workflow") text = t(`statuses.${result.status}`);
  else if (result.kind === "forbidden") text = t("forbidden");
  else if (result.kind === "notFound") text = t("notFound");
  else if (result.kind === "sessionExpired") text = t("sessionExpired");
  else if (result.kind === "failed") text = result.message;
  if (!text) return null;
  return (
    <p className="desk-notice" role="status" data-testid="result-notice">
      {text}
    </p>
  );
}

export default function EditorPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const { t: tNewsroom } = useTranslation("newsroom");
  const { ui, editor, canPreview, isOriginal, media } = loaderData;
  const { articleId, source, targetLocale, target } = editor;
  const sourceConfig = LOCALE_CONFIG[source.locale];
  const targetName = LOCALE_CONFIG[targetLocale].nativeName;
  return (
    <article className="desk-article" data-status={target?.status ?? "missing"}>
      <header className="desk-article-head">
        <h1 lang={sourceConfig.hreflang} dir={sourceConfig.dir}>
          {source.content.title}
        </h1>
        <span className={`desk-status desk-status-${target?.status ?? "missing"}`} data-testid="status">
          {t(`statuses.${target?.status ?? "missing"}`)}
        </span>
        {target?.outdated ? (
          <span className="desk-status desk-status-outdated">{t("statuses.outdated")}</span>
        ) : null}
        <nav className="desk-article-links">
          <a href={deskUrls.queue(ui)}>{t("queue.title")}</a>
          <a href={deskUrls.facts(ui, articleId)} data-testid="facts-link">
            {t("compose.editFacts")}
          </a>
          {target ? (
            <a href={deskUrls.revisions(ui, articleId, targetLocale)}>{t("revisions.title")}</a>
          ) : null}
          {target ? (
            <a href={deskUrls.publishing(ui, articleId, targetLocale)} data-testid="publishing-link">
              {tNewsroom("publishing.link")}
            </a>
          ) : null}
          {target ? <a href={deskUrls.xliff(ui, articleId, targetLocale)}>{t("xliff.open")}</a> : null}
          {target && canPreview ? (
            <PreviewButton action={deskUrls.preview(ui, articleId, targetLocale)} />
          ) : null}
        </nav>
      </header>
      {target?.outdated ? (
        <p className="desk-notice">
          {t("editor.outdated")}{" "}
          <a href={deskUrls.sourceChanges(ui, articleId, targetLocale)}>{t("editor.showSourceChanges")}</a>
        </p>
      ) : null}
      <ResultNotice result={actionData} />
      {actionData?.kind === "textChecks" && target ? (
        <TextChecksNotice result={actionData} headRevisionId={target.head.revisionId} />
      ) : null}
      {target && isOriginal && media ? (
        <OriginalEditor
          key={`${articleId}:${targetLocale}`}
          ui={ui}
          data={{ ...editor, target }}
          media={media}
          result={actionData ?? null}
        />
      ) : target ? (
        <TranslationEditor
          key={`${articleId}:${targetLocale}`}
          ui={ui}
          data={{ ...editor, target }}
          result={actionData ?? null}
        />
      ) : (
        <section className="desk-missing">
          <p>{t("editor.missing", { language: targetName })}</p>
          {editor.canCreate ? (
            <form method="post">
              <button
                type="submit"
                name="intent"
                value="fill"
                className="desk-button"
                data-testid="fill-from-source"
              >
                {t("editor.fillFromSource")}
              </button>
              <p className="desk-hint">{t("editor.fillFromSourceHint")}</p>
            </form>
          ) : null}
        </section>
      )}
    </article>
  );
}
