import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { formatDateTime } from "@sahifa/i18n/format";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import { loadSourceChanges } from "../api/desk-api.server.ts";
import { RevisionCompare } from "../components/RevisionCompare.tsx";
import { deskUrls } from "../desk-urls.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { notFound } from "../not-found.ts";
import { deskTarget, requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/source-changes";

/** "The source changed since": the source as it was translated against the source published now. */
export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  const changes = await loadSourceChanges(session, articleId, target);
  if (!changes) throw notFound();
  const title = deskI18nFor(session.ui).t("desk:editor.showSourceChanges");
  return data({ ui: session.ui, articleId, target, changes, title });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function SourceChanges({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const { ui, articleId, target, changes } = loaderData;
  const config = LOCALE_CONFIG[changes.sourceLocale];
  return (
    <section className="desk-article">
      <header className="desk-article-head">
        <h1 lang={config.hreflang} dir={config.dir}>
          {changes.comparison?.to.content.title ?? ""}
        </h1>
        <nav className="desk-article-links">
          <a href={deskUrls.editor(ui, articleId, target)}>{t("editor.backToEditor")}</a>
        </nav>
      </header>
      <h2>{t("editor.showSourceChanges")}</h2>
      {changes.comparison ? (
        <RevisionCompare
          locale={changes.sourceLocale}
          before={changes.comparison.from.content}
          after={changes.comparison.to.content}
          beforeLabel={formatDateTime(changes.comparison.from.createdAt, ui)}
          afterLabel={formatDateTime(changes.comparison.to.createdAt, ui)}
        />
      ) : (
        <p className="desk-empty">{t("revisions.noDifferences")}</p>
      )}
    </section>
  );
}
