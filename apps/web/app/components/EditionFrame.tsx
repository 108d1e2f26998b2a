import type { Locale } from "@sahifa/domain/locales";
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import type { EditionChrome } from "../model/edition.ts";
import { SiteFooter } from "./SiteFooter.tsx";
import { SiteHeader } from "./SiteHeader.tsx";

/** Skip link, header, the page's main landmark and footer: the same on every page of an edition. */
export function EditionFrame({
  chrome,
  year,
  switcherTargets,
  children,
}: {
  chrome: EditionChrome;
  year: number;
  switcherTargets: Partial<Record<Locale, string>>;
  children: ReactNode;
}) {
  const { t } = useTranslation("common");
  const main = useMainFocusOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <SiteHeader chrome={chrome} switcherTargets={switcherTargets} />
      <main id="main" className="wrap" tabIndex={-1} ref={main}>
        {children}
      </main>
      <SiteFooter locale={chrome.locale} year={year} />
    </>
  );
}

/**
 * After a client-side navigation, focus moves to the new page's main landmark, as a full page
 * load would put a screen reader at the top of the new content; it also closes a navigation
 * dropdown that stayed open because the link that was followed kept the focus.
 */
function useMainFocusOnNavigation() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return main;
}
