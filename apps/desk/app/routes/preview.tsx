import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { createPreview } from "../api/preview-api.server.ts";
import { deskUrls } from "../desk-urls.ts";
import { readerUrl } from "../reader-url.server.ts";
import { deskLocale, deskTarget, requireDeskSession } from "../session/desk-guard.server.ts";
import type { Route } from "./+types/preview";

function revisionIdOf(value: FormDataEntryValue | null): number | null {
  if (typeof value !== "string" || !/^[1-9][0-9]{0,9}$/.test(value)) return null;
  return Number(value);
}

/**
 * The Preview buttons post here (into a new tab): the API issues a token only to those who may
 * read the draft, and the tab goes on (303, a GET) to the reader editions' preview page.
 */
export async function action({ params, request, url }: Route.ActionArgs) {
  const session = await requireDeskSession({ request, url }, params.locale);
  const { articleId, target } = deskTarget(params);
  const form = await request.formData();
  const result = await createPreview(session, {
    articleId,
    locale: target,
    revisionId: revisionIdOf(form.get("revisionId")),
  });
  if (result.kind === "created") throw redirect(readerUrl(result.path), 303);
  const status = result.kind === "forbidden" ? 403 : result.kind === "notFound" ? 404 : 502;
  return data({ problem: result.kind }, { status });
}

/**
 * A typed or bookmarked preview URL has no token to give: the page leads back to the editor.
 * (It cannot redirect: after a refused post, React Router renders this page through this loader.)
 */
export function loader({ params }: Route.LoaderArgs) {
  const { articleId, target } = deskTarget(params);
  return { editorUrl: deskUrls.editor(deskLocale(params.locale), articleId, target) };
}

export default function PreviewRefused({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("desk");
  const problem = actionData?.problem;
  const message =
    problem === undefined
      ? t("preview.hint")
      : problem === "forbidden"
        ? t("forbidden")
        : problem === "notFound"
          ? t("notFound")
          : problem === "sessionExpired"
            ? t("sessionExpired")
            : t("preview.failed");
  return (
    <section className="desk-error" data-testid={problem ? "preview-refused" : "preview-page"}>
      <title>{t("preview.open")}</title>
      <p role={problem ? "alert" : undefined}>{message}</p>
      <p>
        <a href={loaderData.editorUrl}>{t("editor.backToEditor")}</a>
      </p>
    </section>
  );
}
