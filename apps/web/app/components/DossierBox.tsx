import { useTranslation } from "react-i18next";

import type { DossierView } from "../model/article.ts";
import { Icon } from "./Icon.tsx";

/** The running story this article belongs to: title, description, a link to all of it. */
export function DossierBox({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation("article");
  return (
    <section className="dossier-box" aria-labelledby="article-dossier">
      <span className="eyebrow">{t("coverage")}</span>
      <h2 id="article-dossier">
        <a href={dossier.url}>{dossier.title}</a>
      </h2>
      <p className="dossier-text">{dossier.description}</p>
      <a className="arrow-link" href={dossier.url}>
        {t("dossierMore")}
        <Icon name="arrow" />
      </a>
    </section>
  );
}
