import { useTranslation } from "react-i18next";

/** What the offline reading worker shows for a page it has not kept, in the edition's language. */
export function OfflinePage({ frontUrl }: { frontUrl: string }) {
  const { t } = useTranslation("errors");
  return (
    <section className="error-page" data-testid="offline-page">
      <h1 className="page-title">{t("offline.title")}</h1>
      <p>{t("offline.text")}</p>
      <p>
        <a href={frontUrl}>{t("offline.home")}</a>
      </p>
    </section>
  );
}
