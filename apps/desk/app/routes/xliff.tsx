import { isLocale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import { data } from "react-router";
import { importXliff, type XliffImportOutcome } from "../api/xliff-api.server.ts";
import { XliffImportReport } from "../components/XliffImportReport.tsx";
import { deskUrls } from "../desk-urls.ts";
import { deskI18nFor } from "../i18n/desk-i18n.server.ts";
import { deskTarget, requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/xliff";

/** The desk's form posts stop at 1 MB: a file near that is refused here with its own words. */
const MAX_XLIFF_UPLOAD_KB = 900;

/**
 * XLIFF for one translation: the export (a download from xliff-download.ts) and an import
 * form whose report lists every unit (docs/architecture/073-xliff.md).
 */
export async function loader({ params, request, url }: Route.LoaderArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  return data({
    ui: session.ui,
    articleId,
    target,
    title: deskI18nFor(session.ui).t("desk:xliff.title"),
  });
}

export async function action({ params, request, url }: Route.ActionArgs): Promise<XliffImportOutcome> {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  const words = deskI18nFor(session.ui);
  const form = await request.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { kind: "refused", message: words.t("desk:xliff.noFile") };
  if (file.size > MAX_XLIFF_UPLOAD_KB * 1024) {
    return { kind: "refused", message: words.t("desk:xliff.tooLarge", { max: MAX_XLIFF_UPLOAD_KB }) };
  }
  return importXliff(session, { articleId, locale: target, content: await file.text() });
}

export function meta({ loaderData }: Route.MetaArgs) {
  return loaderData ? [{ title: loaderData.title }] : [];
}

function Refusal({ outcome }: { outcome: XliffImportOutcome | undefined }) {
  const { t } = useTranslation("desk");
  if (!outcome || outcome.kind === "imported") return null;
  const message =
    outcome.kind === "refused" || outcome.kind === "failed"
      ? outcome.message
      : outcome.kind === "conflict"
        ? t("xliff.conflict")
        : outcome.kind === "forbidden"
          ? t("forbidden")
          : outcome.kind === "notFound"
            ? t("notFound")
            : t("sessionExpired");
  return (
    <span className="desk-field-error" role="alert" data-testid="xliff-refused">
      {message}
    </span>
  );
}

export default function XliffPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const { ui, articleId, target } = loaderData;
  const locale = isLocale(target) ? target : "en";
  return (
    <section className="desk-article" aria-labelledby="xliff-title">
      <header className="desk-article-head">
        <h1 id="xliff-title">{t("xliff.title")}</h1>
        <nav className="desk-article-links">
          <a href={deskUrls.editor(ui, articleId, locale)}>{t("editor.backToEditor")}</a>
        </nav>
      </header>
      <form method="get" action={deskUrls.xliffDownload(ui, articleId, locale)} className="desk-filters">
        <label>
          {t("xliff.version")}
          <select name="version" defaultValue="2.1">
            <option value="2.1">{t("xliff.v21")}</option>
            <option value="1.2">{t("xliff.v12")}</option>
          </select>
        </label>
        <button type="submit" className="desk-button" data-testid="xliff-export">
          {t("xliff.export")}
        </button>
        <p className="desk-hint">{t("xliff.exportHint")}</p>
      </form>
      <form method="post" encType="multipart/form-data" data-testid="xliff-import">
        <h2>{t("xliff.import")}</h2>
        <label>
          {t("xliff.file")}
          <input
            type="file"
            name="file"
            accept=".xlf,.xliff,.xml,application/xliff+xml,application/xml"
            required
            aria-invalid={actionData && actionData.kind !== "imported" ? true : undefined}
          />
          <Refusal outcome={actionData} />
        </label>
        <button type="submit" className="desk-button">
          {t("xliff.submit")}
        </button>
      </form>
      {actionData?.kind === "imported" ? <XliffImportReport outcome={actionData} /> : null}
    </section>
  );
}
