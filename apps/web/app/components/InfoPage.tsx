import { useTranslation } from "react-i18next";

/** About, privacy or contact, from the footer namespace. */
export function InfoPage({ page }: { page: "about" | "privacy" | "contact" }) {
  const { t } = useTranslation("footer");
  return (
    <article className="article">
      <h1 className="page-title">{t(`links.${page}`)}</h1>
      <p>{t(`pageText.${page}`)}</p>
    </article>
  );
}
