import { LOCALE_CONFIG, type Locale } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { nextStatus } from "@sahifa/domain/workflow";
import { formatNewsroomDateTime } from "@sahifa/i18n/newsroom-time";
import { instantFromWallTime, wallTimeOf } from "@sahifa/i18n/newsroom-wall-time";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import {
  addArticleNote,
  cancelScheduledPublication,
  loadPublishing,
  type PublishingOutcome,
  schedulePublication,
} from "../api/publishing-api.server.ts";
import { checkedTransition, overrideFromForm } from "../api/text-checks-api.server.ts";
import { ArticleNoteForm, ArticleNoteList, type NoteValues } from "../components/ArticleNotes.tsx";
import { SchedulePanel } from "../components/SchedulePanel.tsx";
import { TextChecksNotice } from "../components/TextChecksNotice.tsx";
import { deskUrls } from "../desk-urls.ts";
import type { EditorActionResult } from "../editor/editor-model.ts";
import type { PostRefusal } from "../editor/post-refusal.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { newsroomZone } from "../newsroom-zone.server.ts";
import { notFound } from "../not-found.ts";
import { deskTarget, requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/publishing";

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  const publishing = await loadPublishing(session, articleId, target);
  if (!publishing) throw notFound();
  const zone = newsroomZone(session.ui);
  const canPublish = can(session.user, "publish", target);
  return data({
    ui: session.ui,
    articleId,
    target,
    zone,
    publishing,
    canPublish,
    canPublishNow: canPublish && nextStatus(publishing.status, "publish") !== null,
    minimum: wallTimeOf(new Date(), zone.id),
    title: `${deskI18nFor(session.ui).t("newsroom:publishing.title")}: ${publishing.title}`,
  });
}

type PublishingAnswer =
  | PublishingOutcome
  | { ok: true; done: "published" }
  | { ok: false; form: "schedule"; problem: PostRefusal; typed: string }
  | { ok: false; form: "note"; problem: PostRefusal; values: NoteValues }
  | { ok: false; form: "publish"; problem: PostRefusal }
  | { ok: false; form: "textChecks"; checks: Extract<EditorActionResult, { kind: "textChecks" }> };

/**
 * Publish now, schedule (the typed wall time read in the newsroom's zone), unschedule, or
 * add a note. A time that has passed is refused here, in the desk's words, before the API
 * is asked; the API checks the same against its own clock.
 */
export async function action({ params, request, url }: Route.ActionArgs): Promise<PublishingAnswer> {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const key = { articleId, locale: target };
  if (intent === "publish") {
    // The same text checks as the editor's publish: untranslated text or a glossary miss needs a note.
    const result = await checkedTransition(session, {
      ...key,
      action: "publish",
      ...overrideFromForm(form),
    });
    if (result.kind === "workflow") return { ok: true, done: "published" };
    if (result.kind === "textChecks") return { ok: false, form: "textChecks", checks: result };
    const problem: PostRefusal =
      result.kind === "forbidden" || result.kind === "notFound" || result.kind === "sessionExpired"
        ? { kind: result.kind }
        : { kind: "failed", message: result.kind === "failed" ? result.message : "" };
    return { ok: false, form: "publish", problem };
  }
  if (intent === "schedule") {
    const typed = String(form.get("publishAt") ?? "");
    const publishAt = instantFromWallTime(typed, newsroomZone(session.ui).id);
    if (!publishAt || publishAt.getTime() <= Date.now()) {
      return {
        ok: false,
        form: "schedule",
        problem: { kind: "invalid", field: "publishAt", message: "" },
        typed,
      };
    }
    const outcome = await schedulePublication(session, { ...key, publishAt });
    return outcome.ok ? outcome : { ok: false, form: "schedule", problem: outcome.problem, typed };
  }
  if (intent === "unschedule") return cancelScheduledPublication(session, key);
  if (intent === "note") {
    const values: NoteValues = {
      kind: form.get("kind") === "editors_note" ? "editors_note" : "correction",
      text: String(form.get("text") ?? ""),
    };
    if (values.text.trim() === "") {
      return { ok: false, form: "note", problem: { kind: "invalid", field: "text", message: "" }, values };
    }
    const outcome = await addArticleNote(session, {
      ...key,
      ...values,
      text: values.text.trim(),
    });
    return outcome.ok ? outcome : { ok: false, form: "note", problem: outcome.problem, values };
  }
  const unknown = deskI18nFor(session.ui).t("newsroom:publishing.unknownAction");
  return { ok: false, form: "publish", problem: { kind: "failed", message: unknown } };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

function DoneNotice({
  answer,
  ui,
  zoneId,
}: {
  answer: PublishingAnswer | undefined;
  ui: Locale;
  zoneId: string;
}) {
  const { t } = useTranslation("newsroom");
  if (!answer?.ok) return null;
  let text: string;
  if (answer.done === "published") text = t("publishing.publishedNow");
  else if (answer.done === "scheduled")
    text = t("publishing.scheduled", {
      time: formatNewsroomDateTime(answer.publishAt, ui, zoneId),
    });
  else if (answer.done === "unscheduled")
    text = answer.cancelled ? t("publishing.unscheduled") : t("publishing.nothingToCancel");
  else text = t("notes.added");
  return (
    <p className="desk-notice" role="status" data-testid="publishing-notice">
      {text}
    </p>
  );
}

/** Images this edition would show without alt text: said before publishing, never blocking it. */
export function AltTextWarning({
  ui,
  edition,
  publishing,
}: {
  ui: Locale;
  edition: Locale;
  publishing: { leadWithoutAlt: number | null; otherImagesWithoutAlt: number[] };
}) {
  const { t } = useTranslation("newsroom");
  const language = LOCALE_CONFIG[edition].nativeName;
  const { leadWithoutAlt, otherImagesWithoutAlt } = publishing;
  if (leadWithoutAlt === null && otherImagesWithoutAlt.length === 0) return null;
  return (
    <div className="desk-warning" role="status" data-testid="alt-warning">
      {leadWithoutAlt !== null ? (
        <p data-testid="lead-alt-missing">
          {t("publishing.leadAltMissing", { language })}{" "}
          <a href={deskUrls.mediaItem(ui, leadWithoutAlt)}>{t("publishing.addAltText")}</a>
        </p>
      ) : null}
      {otherImagesWithoutAlt.length > 0 ? (
        <p>
          {t("publishing.imagesAltMissing", { count: otherImagesWithoutAlt.length, language })}{" "}
          {otherImagesWithoutAlt.map((id, index) => (
            <span key={id}>
              {index > 0 ? " · " : null}
              <a href={deskUrls.mediaItem(ui, id)}>#{id}</a>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

export default function Publishing({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("newsroom");
  const { t: tDesk } = useTranslation("desk");
  const { ui, articleId, target, zone, publishing, canPublish, canPublishNow, minimum } = loaderData;
  const refused = actionData && !actionData.ok && "form" in actionData ? actionData : null;
  const config = LOCALE_CONFIG[target];
  return (
    <article className="desk-publishing" data-status={publishing.status}>
      <header className="desk-article-head">
        <h1 lang={config.hreflang} dir={config.dir}>
          {publishing.title}
        </h1>
        <span className={`desk-status desk-status-${publishing.status}`} data-testid="status">
          {tDesk(`statuses.${publishing.status}`)}
        </span>
        <nav className="desk-article-links">
          <a href={deskUrls.editor(ui, articleId, target)}>{tDesk("editor.backToEditor")}</a>
          <a href={deskUrls.revisions(ui, articleId, target)}>{tDesk("revisions.title")}</a>
        </nav>
      </header>
      <p className="desk-hint" data-testid="newsroom-zone">
        {t("zone", { zone: `${zone.name} (${zone.id})` })}
      </p>
      <DoneNotice answer={actionData} ui={ui} zoneId={zone.id} />
      {refused?.form === "publish" ? (
        <p className="desk-error" role="alert" data-testid="publish-error">
          {refused.problem.kind === "failed"
            ? refused.problem.message
            : refused.problem.kind === "notFound"
              ? t("publishing.notFound")
              : t("publishing.forbidden")}
        </p>
      ) : null}
      {refused?.form === "textChecks" ? (
        <TextChecksNotice result={refused.checks} headRevisionId={publishing.headRevisionId} />
      ) : null}
      <AltTextWarning ui={ui} edition={target} publishing={publishing} />
      {canPublish ? (
        <SchedulePanel
          ui={ui}
          zone={zone}
          scheduledAt={publishing.scheduledAt}
          canPublishNow={canPublishNow}
          headRevisionId={publishing.headRevisionId}
          minimum={minimum}
          problem={refused?.form === "schedule" ? refused.problem : null}
          typed={refused?.form === "schedule" ? refused.typed : null}
        />
      ) : (
        <p className="desk-hint">{t("publishing.forbidden")}</p>
      )}
      <section aria-labelledby="notes-title" className="desk-notes-section">
        <h2 id="notes-title">{t("notes.title")}</h2>
        <p className="desk-hint">{t("notes.intro")}</p>
        <ArticleNoteList ui={ui} timeZone={zone.id} notes={publishing.notes} edition={target} />
        {canPublish && publishing.isPublished ? (
          <ArticleNoteForm
            edition={target}
            problem={refused?.form === "note" ? refused.problem : null}
            values={refused?.form === "note" ? refused.values : null}
          />
        ) : canPublish ? (
          <p className="desk-hint">{t("notes.onlyPublished")}</p>
        ) : null}
      </section>
    </article>
  );
}
