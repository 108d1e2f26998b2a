import type { Locale } from "@sahifa/domain/locales";
import { useContext } from "react";
import { useTranslation } from "react-i18next";
import { LiteMode, litePath } from "../render/lite-mode.ts";

import { INFO_PAGES, urls } from "../urls.ts";

/**
 * Brand, one line about the outlet, rights notice, the information pages, app store links, and
 * the same page's lite version (or, on a lite page, its full version).
 */
export function SiteFooter({ locale, year, path }: { locale: Locale; year: number; path: string }) {
  const { t } = useTranslation(["footer", "common"]);
  const lite = useContext(LiteMode);
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
      <p className="wrap edition-mode">
        {lite ? (
          // `rel` before `href`: the lite pages' link rewriting leaves this one on the full page (lite-mode.ts).
          <a rel="alternate" href={path} data-testid="full-version">
            {t("footer:full")}
          </a>
        ) : (
          <a href={litePath(path)} data-testid="lite-version">
            {t("footer:lite")}
          </a>
        )}
      </p>
      <p className="wrap rights">{t("footer:rights", { year })}</p>
    </footer>
  );
}
