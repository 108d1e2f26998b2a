import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DossierView } from "../model/article.ts";
import { Icon } from "./Icon.tsx";

/** The running story this article belongs to: title, description, a link to all of it. */
export function DossierBox({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation("article");
  return (
    <section className="dossier-box" aria-labelledby="article-dossier">
      <span className="eyebrow">{t("coverage")}</span>
      <h2 id="article-dossier">
        <Link to={dossier.url}>{dossier.title}</Link>
      </h2>
      <p className="dossier-text">{dossier.description}</p>
      <Link className="arrow-link" to={dossier.url}>
        {t("dossierMore")}
        <Icon name="arrow" />
      </Link>
    </section>
  );
}
