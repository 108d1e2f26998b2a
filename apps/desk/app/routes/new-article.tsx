import { LOCALE_CONFIG, LOCALES, type Locale } from "@sahifa/domain/locales";
import { can } from "@sahifa/domain/permissions";
import { slugify } from "@sahifa/domain/slug";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { type FactsRefusal, submitFacts } from "../api/facts-submission.server.ts";
import { createOriginal, loadPickers } from "../api/originals-api.server.ts";
import { ArticleFactsFields } from "../components/ArticleFactsFields.tsx";
import { deskUrls } from "../desk-urls.ts";
import { blankFacts } from "../editor/article-facts.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/new-article";

/** The languages this user writes originals in: an editor's own, every one for an admin. */
function writingLocales(user: { role: "admin" | "editor" | "translator"; locales: readonly Locale[] }) {
  return LOCALES.filter((locale) => can(user, "createArticle", locale));
}

export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const locales = writingLocales(session.user);
  const pickers = await loadPickers(session);
  const title = deskI18nFor(session.ui).t("desk:compose.newTitle");
  return data({ ui: session.ui, locales, pickers, title });
}

export type NewArticleRefusal = FactsRefusal & { values: { locale: string; title: string; summary: string } };

/** Creates the original (uploading its lead image first when one was chosen), then opens its editor. */
export async function action({
  params,
  request,
  url,
}: Route.ActionArgs): Promise<NewArticleRefusal | Response> {
  const session = await requireDeskSession({ request, url }, params.locale);
  const form = await request.formData();
  const values = {
    locale: String(form.get("originalLocale") ?? ""),
    title: String(form.get("title") ?? ""),
    summary: String(form.get("summary") ?? ""),
  };
  const locales = writingLocales(session.user);
  const locale = locales.find((candidate) => candidate === values.locale) ?? locales[0] ?? session.ui;
  const pickers = await loadPickers(session);
  const result = await submitFacts(session, form, pickers, locale, (facts, newTags) =>
    createOriginal(session, {
      locale,
      facts,
      newTags,
      content: {
        title: values.title.trim(),
        summary: values.summary.trim(),
        slug: slugify(values.title, locale),
        // A first paragraph ready to write in.
        body: [{ type: "paragraph", content: [{ text: "" }] }],
      },
    }),
  );
  if (result.ok) return redirect(deskUrls.editor(session.ui, result.articleId, locale));
  return { ...result, values };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

export default function NewArticlePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const { ui, locales, pickers } = loaderData;
  const refused = actionData ?? null;
  const [chosen, setChosen] = useState<Locale>(
    () => locales.find((locale) => locale === refused?.values.locale) ?? locales[0] ?? ui,
  );
  if (locales.length === 0) {
    return (
      <section className="desk-new-article">
        <h1>{t("compose.newTitle")}</h1>
        <p className="desk-notice">{t("forbidden")}</p>
      </section>
    );
  }
  const errors = refused?.errors ?? {};
  return (
    <section className="desk-new-article">
      <h1>{t("compose.newTitle")}</h1>
      <p className="desk-hint">{t("compose.newIntro")}</p>
      {refused?.notice ? (
        <p className="desk-notice" role="alert">
          {refused.notice}
        </p>
      ) : null}
      {refused && Object.keys(errors).length > 0 ? (
        <p className="desk-field-error" role="alert" data-testid="form-problems">
          {t("validation.problems", { count: Object.keys(errors).length })}
        </p>
      ) : null}
      <form
        method="post"
        encType="multipart/form-data"
        className="desk-facts-form"
        data-testid="new-article-form"
      >
        <div className="desk-field">
          <label htmlFor="new-locale">{t("compose.writtenIn")}</label>
          <select
            id="new-locale"
            name="originalLocale"
            value={chosen}
            onChange={(event) => setChosen(event.currentTarget.value as Locale)}
          >
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={LOCALE_CONFIG[locale].hreflang}>
                {LOCALE_CONFIG[locale].nativeName}
              </option>
            ))}
          </select>
        </div>
        <div className="desk-field">
          <label htmlFor="new-title">{t("editor.fields.title")}</label>
          <input
            id="new-title"
            name="title"
            type="text"
            required
            dir="auto"
            defaultValue={refused?.values.title ?? ""}
            aria-invalid={errors.title ? true : undefined}
          />
          {errors.title ? <span className="desk-field-error">{errors.title}</span> : null}
        </div>
        <div className="desk-field">
          <label htmlFor="new-summary">{t("editor.fields.summary")}</label>
          <textarea
            id="new-summary"
            name="summary"
            rows={2}
            dir="auto"
            defaultValue={refused?.values.summary ?? ""}
            aria-invalid={errors.summary ? true : undefined}
          />
          {errors.summary ? <span className="desk-field-error">{errors.summary}</span> : null}
        </div>
        <ArticleFactsFields
          pickers={pickers}
          locale={chosen}
          canUpload
          state={{
            facts: refused?.facts ?? blankFacts(pickers.sections[0]?.path ?? "news"),
            newTags: refused?.newTags ?? "",
            errors,
          }}
        />
        <button type="submit" className="desk-button" data-testid="create-article">
          {t("compose.create")}
        </button>
      </form>
    </section>
  );
}
