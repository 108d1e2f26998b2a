import type { Locale } from "@sahifa/domain/locales";
import { useTranslation } from "react-i18next";

import { INFO_PAGES, urls } from "../urls.ts";

/** Brand, one line about the outlet, rights notice, the information pages and app store links. */
export function SiteFooter({ locale, year }: { locale: Locale; year: number }) {
  const { t } = useTranslation(["footer", "common"]);
  return (
    <footer className="site-footer">
      <div className="wrap footer-grid">
        <div>
          <p className="footer-brand">{t("common:brand")}</p>
          <p>{t("footer:about")}</p>
        </div>
        <nav aria-label={t("footer:label")}>
          <ul className="footer-links">
            {INFO_PAGES.map((page) => (
              <li key={page}>
                <a href={urls.page(locale, page)}>{t(`footer:links.${page}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <h2 className="footer-heading">{t("footer:apps.label")}</h2>
          <ul className="app-links">
            <li>
              <a href="https://play.google.com/store" rel="noopener">
                {t("footer:apps.android")}
              </a>
            </li>
            <li>
              <a href="https://www.apple.com/app-store/" rel="noopener">
                {t("footer:apps.ios")}
              </a>
            </li>
          </ul>
        </div>
      </div>
      <p className="wrap rights">{t("footer:rights", { year })}</p>
    </footer>
  );
}
