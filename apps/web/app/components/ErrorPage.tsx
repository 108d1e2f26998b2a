import { LOCALE_CONFIG } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import type { NotFoundReason } from "../model/not-found.ts";

/**
 * 404s say what is missing; an article that exists in other editions links to them.
 * Anything else is a generic message: internal errors are never shown to readers.
 */
export function ErrorPage({
  status,
  reason,
  frontUrl = "/",
}: {
  status: number;
  reason?: NotFoundReason | undefined;
  frontUrl?: string;
}) {
  const { t } = useTranslation("errors");
  if (status === 404) {
    if (reason?.kind === "notInEdition") {
      return (
        <section className="error-page" data-testid="not-in-edition">
          <h1 className="page-title">{t("notInEdition.title")}</h1>
          <p>{t("notInEdition.text")}</p>
          <ul className="not-found-editions">
            {reason.translations.map((translation) => {
              const config = LOCALE_CONFIG[translation.locale];
              return (
                <li key={translation.locale}>
                  <a href={translation.url} hrefLang={config.hreflang}>
                    {t("notInEdition.readIn", { language: config.nativeName })}
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      );
    }
    return (
      <section className="error-page" data-testid="not-found">
        <h1 className="page-title">{t("notFound.title")}</h1>
        <p>{t("notFound.text")}</p>
        <p>
          <a href={frontUrl}>{t("notFound.home")}</a>
        </p>
      </section>
    );
  }
  if (status === 400) {
    return (
      <section className="error-page">
        <h1 className="page-title">{t("badRequest.title")}</h1>
        <p>{t("badRequest.text")}</p>
      </section>
    );
  }
  return (
    <section className="error-page" data-testid="server-error">
      <h1 className="page-title">{t("serverError.title")}</h1>
      <p>{t("serverError.text")}</p>
    </section>
  );
}
