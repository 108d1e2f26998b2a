import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { type FactsRefusal, submitFacts } from "../api/facts-submission.server.ts";
import { loadFacts, loadPickers, updateFacts, withMedia } from "../api/originals-api.server.ts";
import { ArticleFactsFields } from "../components/ArticleFactsFields.tsx";
import { FactHistory } from "../components/FactHistory.tsx";
import { deskUrls } from "../desk-urls.ts";
import type { Pickers } from "../editor/article-facts.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { notFound } from "../not-found.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/facts";

function articleIdOf(param: string | undefined): number {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
  return id;
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const articleId = articleIdOf(params.articleId);
  const [article, pickers] = await Promise.all([loadFacts(session, articleId), loadPickers(session)]);
  if (!article) throw notFound();
  return data({
    ui: session.ui,
    article,
    pickers: await withMedia(session, session.ui, pickers, [article.facts.leadMediaId]),
    canEdit: can(session.user, "createArticle", article.originalLocale),
    saved: url.searchParams.has("saved"),
    title: `${deskI18nFor(session.ui).t("desk:compose.factsTitle")} · ${article.title}`,
  });
}

/** Saves the facts (uploading a new lead image first when one was chosen); the page then shows the new history. */
export async function action({ params, request, url }: Route.ActionArgs): Promise<FactsRefusal | Response> {
  const session = await requireDeskSession({ request, url }, params.locale);
  const articleId = articleIdOf(params.articleId);
  const form = await request.formData();
  const [article, pickers] = await Promise.all([loadFacts(session, articleId), loadPickers(session)]);
  if (!article) throw notFound();
  const result = await submitFacts(session, form, pickers, article.originalLocale, (facts, newTags) =>
    updateFacts(session, articleId, facts, newTags),
  );
  // Post, then redirect: a reload does not post the facts again.
  if (result.ok) return redirect(`${deskUrls.facts(session.ui, articleId)}?saved=1`);
  return result;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

/** A fact's value in the desk's words, from what the form offers. */
function labeller(pickers: Pickers) {
  const maps: Record<string, Map<string, string>> = {
    sectionPath: new Map(pickers.sections.map((s) => [s.path, s.label])),
    regionSlug: new Map(pickers.regions.map((r) => [r.value, r.label])),
    dossierSlug: new Map(pickers.dossiers.map((d) => [d.value, d.label])),
    authorSlugs: new Map(pickers.authors.map((a) => [a.value, a.label])),
    tagSlugs: new Map(pickers.tags.map((tag) => [tag.slug, tag.label])),
  };
  return (field: string, value: string) => maps[field]?.get(value) ?? value;
}

export default function FactsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const { ui, article, pickers, canEdit, saved } = loaderData;
  const refused = actionData ?? null;
  const config = LOCALE_CONFIG[article.originalLocale];
  const labelOf = labeller(pickers);
  return (
    <article className="desk-facts-page">
      <header className="desk-article-head">
        <h1>
          {t("compose.factsTitle")}:{" "}
          <bdi lang={config.hreflang} dir={config.dir}>
            {article.title}
          </bdi>
        </h1>
        <nav className="desk-article-links">
          {article.editions.map((edition) => (
            <a
              key={edition.locale}
              href={deskUrls.editor(ui, article.articleId, edition.locale)}
              lang={LOCALE_CONFIG[edition.locale].hreflang}
            >
              {LOCALE_CONFIG[edition.locale].nativeName}
              {edition.locale === article.originalLocale ? ` (${t("compose.original")})` : ""} ·{" "}
              {t(`statuses.${edition.status}`)}
            </a>
          ))}
        </nav>
      </header>
      <p className="desk-hint">{t("compose.factsIntro")}</p>
      {saved && !refused ? (
        <p className="desk-notice" role="status" data-testid="facts-saved">
          {t("compose.factsSaved")}
        </p>
      ) : null}
      {refused?.notice ? (
        <p className="desk-notice" role="alert">
          {refused.notice}
        </p>
      ) : null}
      <form method="post" encType="multipart/form-data" className="desk-facts-form" data-testid="facts-form">
        <fieldset disabled={!canEdit}>
          <ArticleFactsFields
            pickers={pickers}
            locale={article.originalLocale}
            canUpload={canEdit}
            state={{
              facts: refused?.facts ?? article.facts,
              newTags: refused?.newTags ?? "",
              errors: refused?.errors ?? {},
            }}
          />
          {canEdit ? (
            <button type="submit" className="desk-button" data-testid="save-facts">
              {t("compose.saveFacts")}
            </button>
          ) : (
            <p className="desk-hint">{t("forbidden")}</p>
          )}
        </fieldset>
      </form>
      <FactHistory ui={ui} history={article.history} labelOf={labelOf} />
    </article>
  );
}
