import type { Locale } from "@sahifa/domain/locales";
import { SECTION_TREE } from "@sahifa/domain/taxonomy";
import { useTranslation } from "react-i18next";
import { urls } from "../urls.ts";
import { CurrentPageLink } from "./CurrentPageLink.tsx";
import { Icon } from "./Icon.tsx";

/** Two-level section navigation plus LIVE; the section tree is domain data, labels come from i18n. */
export function MainNav({ locale, pathname }: { locale: Locale; pathname: string }) {
  const { t } = useTranslation("common");
  return (
    <nav className="main-nav" id="menu" aria-label={t("nav.mainLabel")}>
      <div className="wrap">
        <a className="menu-close" href="#top">
          <Icon name="close" />
          <span>{t("menu.close")}</span>
        </a>
        <ul className="nav-list">
          {SECTION_TREE.map((section) => (
            <li className="nav-item" key={section.slug}>
              <CurrentPageLink pathname={pathname} href={urls.section(locale, section.slug)} end>
                {t(`nav.sections.${section.slug}`)}
              </CurrentPageLink>
              {section.children && section.children.length > 0 ? (
                <ul className="nav-sub">
                  {section.children.map((child) => (
                    <li key={child.slug}>
                      <CurrentPageLink
                        pathname={pathname}
                        href={urls.section(locale, `${section.slug}/${child.slug}`)}
                        end
                      >
                        {t(`nav.sections.${child.slug}`)}
                      </CurrentPageLink>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
          <li className="nav-item">
            <CurrentPageLink pathname={pathname} href={urls.live(locale)} className="live-link" end>
              <span className="live-dot" aria-hidden="true" />
              {t("live")}
            </CurrentPageLink>
          </li>
        </ul>
      </div>
    </nav>
  );
}
