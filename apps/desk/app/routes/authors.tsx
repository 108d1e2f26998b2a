import { isLocale, LOCALES, type Locale } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { createAuthor, listAuthors } from "../api/authors-api.server.ts";
import { AUTHOR_LIMITS, AuthorList, type AuthorValues, authorMessage } from "../components/AuthorForms.tsx";
import { EditionSelect } from "../components/EditionSelect.tsx";
import { deskUrls } from "../desk-urls.ts";
import type { PostRefusal } from "../editor/post-refusal.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/authors";

/** Editions whose profiles this user writes; the page shows the UI language's by default. */
function editionsOf(user: { role: "admin" | "editor" | "translator"; locales: readonly Locale[] }) {
  return LOCALES.filter((locale) => can(user, "editTaxonomy", locale));
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const asked = url.searchParams.get("edition");
  const edition = isLocale(asked) ? asked : session.ui;
  const editions = editionsOf(session.user);
  return data({
    ui: session.ui,
    edition,
    editions,
    authors: await listAuthors(session, edition),
    title: deskI18nFor(session.ui).t("newsroom:authors.title"),
  });
}

/** A new byline with its profile in one edition; on to its page for the other editions and the photo. */
export async function action({ params, request, url }: Route.ActionArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const form = await request.formData();
  const values: AuthorValues & { locale: string; isDesk: boolean } = {
    slug: String(form.get("slug") ?? "").trim(),
    name: String(form.get("name") ?? ""),
    bio: String(form.get("bio") ?? ""),
    role: String(form.get("role") ?? ""),
    locale: String(form.get("locale") ?? ""),
    isDesk: form.get("isDesk") === "on",
  };
  const i18n = deskI18nFor(session.ui);
  const refuse = (problem: PostRefusal) => ({
    problem,
    message: authorMessage(
      i18n.getFixedT(session.ui, "newsroom"),
      i18n.getFixedT(session.ui, "desk"),
      problem,
    ),
    values,
  });
  if (!isLocale(values.locale) || !editionsOf(session.user).includes(values.locale)) {
    return refuse({ kind: "forbidden" });
  }
  const outcome = await createAuthor(session, {
    ...values,
    locale: values.locale,
    name: values.name.trim(),
    bio: values.bio.trim(),
    role: values.role.trim(),
  });
  if (outcome.ok) throw redirect(deskUrls.author(session.ui, values.slug));
  return refuse(outcome.problem);
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function Authors({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("newsroom");
  const { ui, edition, editions, authors } = loaderData;
  const values = actionData?.values;
  const field = actionData?.problem.kind === "invalid" ? actionData.problem.field : null;
  return (
    <section aria-labelledby="authors-title" className="desk-authors">
      <h1 id="authors-title">{t("authors.title")}</h1>
      <p className="desk-hint">{t("authors.intro")}</p>
      <form method="get" className="desk-filters">
        <EditionSelect label={t("taxonomy.edition")} name="edition" editions={LOCALES} value={edition} />
        <button type="submit" className="desk-button desk-button-quiet">
          {t("media.filter")}
        </button>
      </form>
      <AuthorList ui={ui} authors={authors} />
      {editions.length > 0 ? (
        <form
          method="post"
          className="desk-author-form"
          data-testid="new-author"
          aria-labelledby="new-author-title"
        >
          <h2 id="new-author-title">{t("authors.new")}</h2>
          {actionData ? (
            <p className="desk-error" role="alert" id="new-author-error">
              {actionData.message}
            </p>
          ) : null}
          <EditionSelect
            label={t("taxonomy.edition")}
            name="locale"
            editions={editions}
            value={
              values?.locale && isLocale(values.locale)
                ? values.locale
                : editions.includes(ui)
                  ? ui
                  : editions[0]
            }
          />
          <label>
            {t("authors.slug")}
            <input
              type="text"
              name="slug"
              required
              dir="ltr"
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              defaultValue={values?.slug ?? ""}
              aria-invalid={field === "slug" ? true : undefined}
              aria-describedby="new-author-slug-hint"
            />
            <small id="new-author-slug-hint">{t("taxonomy.slugHint")}</small>
          </label>
          <label>
            {t("authors.name")}
            <input
              type="text"
              name="name"
              required
              maxLength={AUTHOR_LIMITS.name}
              dir="auto"
              defaultValue={values?.name ?? ""}
              aria-invalid={field === "name" ? true : undefined}
            />
          </label>
          <label>
            {t("authors.role")}
            <input
              type="text"
              name="role"
              maxLength={AUTHOR_LIMITS.role}
              dir="auto"
              defaultValue={values?.role ?? ""}
            />
          </label>
          <label>
            {t("authors.bio")}
            <textarea
              name="bio"
              rows={3}
              maxLength={AUTHOR_LIMITS.bio}
              dir="auto"
              defaultValue={values?.bio ?? ""}
            />
          </label>
          <label className="desk-checkbox">
            <input type="checkbox" name="isDesk" defaultChecked={values?.isDesk ?? false} />{" "}
            {t("authors.isDesk")}
          </label>
          <button type="submit" className="desk-button">
            {t("authors.create")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
