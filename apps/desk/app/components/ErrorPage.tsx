import { useTranslation } from "react-i18next";
import { isRouteErrorResponse } from "react-router";

/** 404 and 400 say what happened; anything else is a generic message (internal errors are never shown). */
export function ErrorPage({ error, home }: { error: unknown; home: string }) {
  const { t } = useTranslation("errors");
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section className="desk-error" data-testid="not-found">
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.text")}</p>
        <p>
          <a href={home}>{t("notFound.home")}</a>
        </p>
      </section>
    );
  }
  if (isRouteErrorResponse(error) && error.status < 500) {
    return (
      <section className="desk-error">
        <h1>{t("badRequest.title")}</h1>
        <p>{t("badRequest.text")}</p>
      </section>
    );
  }
  return (
    <section className="desk-error" data-testid="server-error">
      <h1>{t("serverError.title")}</h1>
      <p>{t("serverError.text")}</p>
    </section>
  );
}
