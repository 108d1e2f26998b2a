import type { Locale } from "@sahifa/domain/locales";
import type { ReactNode } from "react";
import { useTranslation } from "../i18n/reader-translation.tsx";
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
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <SiteHeader chrome={chrome} switcherTargets={switcherTargets} />
      <main id="main" className="wrap" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={chrome.locale} year={year} />
    </>
  );
}
