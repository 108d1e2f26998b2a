import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { canSaveRevision } from "@sahifa/domain/workflow";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import { compareRevisions, listRevisions, restoreRevision } from "../api/desk-api.server.ts";
import { loadPublishing } from "../api/publishing-api.server.ts";
import { loadWorkflowHistory } from "../api/text-checks-api.server.ts";
import { ArticleNoteList } from "../components/ArticleNotes.tsx";
import { RevisionCompare } from "../components/RevisionCompare.tsx";
import { RevisionList } from "../components/RevisionList.tsx";
import { WorkflowHistory } from "../components/WorkflowHistory.tsx";
import { deskUrls } from "../desk-urls.ts";
import { env } from "../env.server.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { notFound } from "../not-found.ts";
import { deskTarget, requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/revisions";

function revisionParam(url: URL, name: string): number | null {
  const value = Number(url.searchParams.get(name));
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  // The edition's public corrections belong to its history too (note 042).
  const [history, publishing] = await Promise.all([
    listRevisions(session, articleId, target),
    loadPublishing(session, articleId, target),
  ]);
  if (!history) throw notFound();
  const from = revisionParam(url, "from");
  const to = revisionParam(url, "to");
  let comparison = null;
  if (from && to && from !== to) {
    // Older first, whichever way round the radios were picked.
    const [older, newer] = from < to ? [from, to] : [to, from];
    comparison = await compareRevisions(session, { articleId, locale: target }, older, newer);
  }
  const events = await loadWorkflowHistory(session, articleId, target);
  return data({
    ui: session.ui,
    articleId,
    target,
    history,
    events,
    compare: from && to ? { from, to } : null,
    comparison,
    notes: publishing?.notes ?? [],
    timeZone: env.NEWSROOM_TIME_ZONE,
    canRestore: canSaveRevision(history.status) && can(session.user, "editDraft", target),
    previewUrl: can(session.user, "editDraft", target)
      ? deskUrls.preview(session.ui, articleId, target)
      : null,
    title: `${deskI18nFor(session.ui).t("desk:revisions.title")}: ${history.revisions[0]?.title ?? ""}`,
  });
}

export async function action({ params, request, url }: Route.ActionArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  const form = await request.formData();
  const revisionId = Number(form.get("revisionId"));
  const basedOnRevisionId = Number(form.get("basedOnRevisionId"));
  if (
    form.get("intent") !== "restore" ||
    !Number.isSafeInteger(revisionId) ||
    !Number.isSafeInteger(basedOnRevisionId)
  ) {
    return { kind: "failed", message: deskI18nFor(session.ui).t("desk:save.formIncomplete") } as const;
  }
  return restoreRevision(session, { articleId, locale: target, revisionId, basedOnRevisionId });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function Revisions({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const {
    ui,
    articleId,
    target,
    history,
    events,
    compare,
    comparison,
    canRestore,
    previewUrl,
    notes,
    timeZone,
  } = loaderData;
  const { t: tNewsroom } = useTranslation("newsroom");
  let notice: string | null = null;
  if (actionData?.kind === "saved") notice = t("revisions.restored");
  else if (actionData?.kind === "conflict") notice = t("conflict.title");
  else if (actionData?.kind === "forbidden") notice = t("forbidden");
  else if (actionData?.kind === "failed") notice = actionData.message;
  return (
    <section className="desk-article">
      <header className="desk-article-head">
        <h1 dir="auto">{history.revisions[0]?.title ?? ""}</h1>
        <span>{LOCALE_CONFIG[target].nativeName}</span>
        <nav className="desk-article-links">
          <a href={deskUrls.editor(ui, articleId, target)}>{t("editor.backToEditor")}</a>
          <a href={deskUrls.publishing(ui, articleId, target)}>{tNewsroom("publishing.link")}</a>
        </nav>
      </header>
      {notice ? (
        <p className="desk-notice" role="status" data-testid="result-notice">
          {notice}
        </p>
      ) : null}
      <RevisionList
        ui={ui}
        revisions={history.revisions}
        headRevisionId={history.headRevisionId}
        publishedRevisionId={history.publishedRevisionId}
        compare={compare}
        canRestore={canRestore}
        previewUrl={previewUrl}
      />
      {comparison ? (
        <RevisionCompare
          locale={target}
          before={comparison.before.content}
          after={comparison.after.content}
          beforeLabel={`#${comparison.before.revisionId}`}
          afterLabel={`#${comparison.after.revisionId}`}
        />
      ) : null}
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{tNewsroom("notes.title")}</h2>
        <ArticleNoteList ui={ui} timeZone={timeZone} notes={notes} edition={target} />
      </section>
      <WorkflowHistory ui={ui} events={events} />
    </section>
  );
}
