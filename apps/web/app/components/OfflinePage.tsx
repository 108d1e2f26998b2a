import type { Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";
import { Island } from "../islands/Island.tsx";

/**
 * What the offline reading worker shows for a page it has not kept, in the edition's language,
 * with the edition's articles it does keep.
 */
export function OfflinePage({ locale, frontUrl }: { locale: Locale; frontUrl: string }) {
  const { t } = useTranslation("errors");
  return (
    <section className="error-page" data-testid="offline-page">
      <h1 className="page-title">{t("offline.title")}</h1>
      <p>{t("offline.text")}</p>
      <Island
        name="keptArticles"
        props={{ locale, labels: { heading: t("offline.kept"), none: t("offline.noneKept") } }}
      />
      <p>
        <a href={frontUrl}>{t("offline.home")}</a>
      </p>
    </section>
  );
}
