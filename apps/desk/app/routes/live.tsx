import { isLocale, LOCALE_CONFIG, LOCALES, type Locale } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { listLiveStories, loadLiveStory, postLiveUpdate } from "../api/live-desk-api.server.ts";
import { LiveStoryList } from "../components/LiveStoryList.tsx";
import { LiveUpdateForm, type LiveUpdateValues } from "../components/LiveUpdateForm.tsx";
import { LiveUpdateList } from "../components/LiveUpdateList.tsx";
import { deskUrls } from "../desk-urls.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { readerUrl } from "../reader-url.server.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/live";

/*
 * Live stories in the desk: the stories the user may write in, and for one story
 * in one edition (?article=…&edition=…) a form to post an update and its updates, newest
 * first. Posting an update changes what readers see at once, so it takes the publish right
 * of the edition (@sahifa/domain/permissions): translators get no form.
 */

function positiveId(value: FormDataEntryValue | string | null): number | null {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** The story asked for in the URL, when it names one in an edition the user may write in. */
function askedStory(url: URL, editions: readonly Locale[]): { articleId: number; locale: Locale } | null {
  const articleId = positiveId(url.searchParams.get("article"));
  const locale = url.searchParams.get("edition");
  return articleId !== null && isLocale(locale) && editions.includes(locale) ? { articleId, locale } : null;
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const editions = LOCALES.filter((locale) => can(session.user, "postLiveUpdate", locale));
  const asked = askedStory(url, editions);
  const [stories, story] = await Promise.all([
    editions.length > 0 ? listLiveStories(session) : [],
    asked ? loadLiveStory(session, asked.articleId, asked.locale) : null,
  ]);
  return data({
    ui: session.ui,
    mayPost: editions.length > 0,
    stories,
    // The story's page is on the reader editions' origin, not the desk's.
    story: story && { ...story, url: readerUrl(story.url) },
    // A link to a story that is no longer live here (unpublished, or never was).
    missing: url.searchParams.has("article") && !story,
    justPosted: positiveId(url.searchParams.get("posted")),
    title: deskI18nFor(session.ui).t("desk:liveStories.title"),
  });
}

export async function action({ params, request, url }: Route.ActionArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const form = await request.formData();
  const values: LiveUpdateValues = {
    title: String(form.get("title") ?? ""),
    body: String(form.get("body") ?? ""),
  };
  const articleId = positiveId(form.get("articleId"));
  const locale = form.get("locale");
  if (articleId === null || !isLocale(locale)) {
    return { problem: { kind: "notFound" as const }, values };
  }
  const outcome = await postLiveUpdate(session, {
    articleId,
    locale,
    title: values.title.trim() || null,
    body: values.body,
  });
  // Post/redirect/get: reloading the page must not post the update twice.
  if (outcome.ok) throw redirect(deskUrls.live(session.ui, { articleId, locale }, outcome.updateId));
  return { problem: outcome.problem, values };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function LiveDesk({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const { ui, mayPost, stories, story, missing, justPosted } = loaderData;
  if (!mayPost) {
    return (
      <section aria-labelledby="live-desk-title">
        <h1 id="live-desk-title">{t("liveStories.title")}</h1>
        <p className="desk-empty">{t("liveStories.editorsOnly")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="live-desk-title" className="desk-live">
      <h1 id="live-desk-title">{t("liveStories.title")}</h1>
      <p className="desk-hint">{t("liveStories.intro")}</p>
      {missing ? (
        <p className="desk-error" role="alert">
          {t("liveStories.notFound")}
        </p>
      ) : null}
      <LiveStoryList ui={ui} stories={stories} current={story} />
      {story ? (
        <article className="desk-live-story" data-article={story.articleId} data-edition={story.locale}>
          <h2 lang={LOCALE_CONFIG[story.locale].hreflang} dir={LOCALE_CONFIG[story.locale].dir}>
            {story.title}
          </h2>
          <p>
            <a href={story.url} data-testid="live-story-on-site">
              {t("liveStories.viewOnSite")}
            </a>{" "}
            · <a href={deskUrls.live(ui)}>{t("liveStories.allStories")}</a>
          </p>
          {justPosted !== null && story.updates.some((update) => update.id === justPosted) ? (
            <p className="desk-notice" role="status">
              {t("liveStories.posted")}
            </p>
          ) : null}
          <LiveUpdateForm
            ui={ui}
            story={story}
            problem={actionData?.problem ?? null}
            values={actionData?.values ?? null}
          />
          <LiveUpdateList ui={ui} locale={story.locale} updates={story.updates} justPosted={justPosted} />
        </article>
      ) : null}
    </section>
  );
}
