import { isLocale, LOCALE_CONFIG, LOCALES, type Locale } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { formatNewsroomDate } from "@sahifa/i18n/newsroom-time";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import { loadAuthor, setAuthorPhoto, setAuthorProfile } from "../api/authors-api.server.ts";
import { listMedia } from "../api/media-api.server.ts";
import {
  AuthorPhotoPicker,
  AuthorProfileForm,
  type AuthorValues,
  authorMessage,
} from "../components/AuthorForms.tsx";
import { deskUrls } from "../desk-urls.ts";
import { env } from "../env.server.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { notFound } from "../not-found.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/author";

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const slug = params.slug ?? "";
  const author = await loadAuthor(session, slug);
  if (!author) throw notFound();
  const canPhoto = can(session.user, "uploadMedia");
  const search = url.searchParams.get("q")?.trim() || null;
  const choices = canPhoto ? (await listMedia(session, { kind: "image", search, after: null })).items : [];
  return data({
    ui: session.ui,
    author,
    editable: LOCALES.filter((locale) => can(session.user, "editTaxonomy", locale)),
    canPhoto,
    choices,
    timeZone: env.NEWSROOM_TIME_ZONE,
    title: `${deskI18nFor(session.ui).t("newsroom:authors.title")}: ${author.profiles[session.ui].name}`,
  });
}

type AuthorAnswer =
  | { ok: true; done: "profile" | "photo" }
  | { ok: false; form: Locale | "photo"; field: string; message: string; values: AuthorValues | null };

/** One edition's profile, or the photo (a library image, or none). */
export async function action({ params, request, url }: Route.ActionArgs): Promise<AuthorAnswer> {
  const session = await requireDeskSession({ request, url }, params.locale);
  const slug = params.slug ?? "";
  const form = await request.formData();
  const i18n = deskI18nFor(session.ui);
  const word = (problem: Parameters<typeof authorMessage>[2]) =>
    authorMessage(i18n.getFixedT(session.ui, "newsroom"), i18n.getFixedT(session.ui, "desk"), problem);
  if (form.get("intent") === "photo") {
    const raw = String(form.get("mediaId") ?? "");
    const mediaId = raw === "" ? null : Number(raw);
    const outcome = await setAuthorPhoto(session, {
      slug,
      mediaId: mediaId !== null && Number.isSafeInteger(mediaId) ? mediaId : null,
    });
    return outcome.ok
      ? { ok: true, done: "photo" }
      : { ok: false, form: "photo", field: "", message: word(outcome.problem), values: null };
  }
  const locale = String(form.get("locale"));
  const values: AuthorValues = {
    slug,
    name: String(form.get("name") ?? ""),
    bio: String(form.get("bio") ?? ""),
    role: String(form.get("role") ?? ""),
  };
  if (!isLocale(locale))
    return { ok: false, form: "photo", field: "", message: word({ kind: "notFound" }), values };
  const outcome = await setAuthorProfile(session, {
    slug,
    locale,
    name: values.name.trim(),
    bio: values.bio.trim(),
    role: values.role.trim(),
  });
  if (outcome.ok) return { ok: true, done: "profile" };
  const field = outcome.problem.kind === "invalid" ? outcome.problem.field : "";
  return { ok: false, form: locale, field, message: word(outcome.problem), values };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function Author({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("newsroom");
  const { ui, author, editable, canPhoto, choices, timeZone } = loaderData;
  const refused = actionData && !actionData.ok ? actionData : null;
  const own = author.profiles[ui];
  return (
    <section aria-labelledby="author-title" className="desk-author" data-slug={author.slug}>
      <h1 id="author-title">
        <bdi>{own.name}</bdi>
      </h1>
      <p>
        <a href={deskUrls.authors(ui)}>{t("authors.title")}</a> · <bdi dir="ltr">{author.slug}</bdi>
      </p>
      {actionData?.ok ? (
        <p className="desk-notice" role="status" data-testid="author-notice">
          {actionData.done === "photo" ? t("authors.photoSaved") : t("authors.saved")}
        </p>
      ) : null}
      {refused?.form === "photo" ? (
        <p className="desk-error" role="alert">
          {refused.message}
        </p>
      ) : null}
      <AuthorPhotoPicker photo={author.photo} choices={choices} editable={canPhoto} />
      {LOCALES.map((locale) => (
        <AuthorProfileForm
          key={locale}
          edition={locale}
          profile={author.profiles[locale]}
          editable={editable.includes(locale)}
          refusal={refused?.form === locale ? refused : null}
          values={refused?.form === locale ? refused.values : null}
        />
      ))}
      <section aria-labelledby="articles-title">
        <h2 id="articles-title">{t("authors.articles")}</h2>
        {author.articles.length === 0 ? (
          <p className="desk-empty">{t("authors.noArticles")}</p>
        ) : (
          <ul data-testid="author-articles">
            {author.articles.map((article) => (
              <li key={`${article.id}:${article.locale}`}>
                <a
                  href={deskUrls.editor(ui, article.id, article.locale)}
                  lang={LOCALE_CONFIG[article.locale].hreflang}
                  dir={LOCALE_CONFIG[article.locale].dir}
                >
                  {article.title}
                </a>{" "}
                <small>{formatNewsroomDate(article.publishedAt, ui, timeZone)}</small>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
