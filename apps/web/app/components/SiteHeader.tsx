import { useTranslation } from "react-i18next";

import type { EditionChrome } from "../model/edition.ts";
import { urls } from "../urls.ts";
import { BreakingTicker } from "./BreakingTicker.tsx";
import { EditionSwitcher } from "./EditionSwitcher.tsx";
import { Icon } from "./Icon.tsx";
import { MainNav } from "./MainNav.tsx";
import { RegionNav } from "./RegionNav.tsx";
import { SearchPanel } from "./SearchPanel.tsx";

/**
 * Brand, edition switcher, search and menu toggles, two-level navigation, regions, ticker.
 * The toggles are links to #fragments whose targets CSS reveals, so they work without JavaScript.
 */
export function SiteHeader({ chrome }: { chrome: EditionChrome }) {
  const { t } = useTranslation("common");
  const { locale } = chrome;
  return (
    <header className="site-header" id="top">
      <div className="wrap masthead">
        <a href={urls.front(locale)} className="brand">
          <span className="brand-name">{t("brand")}</span>
          <span className="brand-tagline">{t("tagline")}</span>
        </a>
        <EditionSwitcher locale={locale} targets={chrome.switcherTargets} />
        <div className="toggles">
          <a className="toggle" href="#search" aria-controls="search">
            <Icon name="search" />
            <span>{t("search.open")}</span>
          </a>
          <a className="toggle menu-toggle" href="#menu" aria-controls="menu">
            <Icon name="menu" />
            <span>{t("menu.open")}</span>
          </a>
        </div>
      </div>
      <SearchPanel locale={locale} />
      <MainNav locale={locale} pathname={chrome.path} />
      <RegionNav locale={locale} pathname={chrome.path} />
      <BreakingTicker locale={locale} timeZone={chrome.timeZone} items={chrome.breaking} />
    </header>
  );
}
