import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { EditionChrome } from "../model/edition.ts";
import { SiteFooter } from "./SiteFooter.tsx";
import { SiteHeader } from "./SiteHeader.tsx";

/** Skip link, header, the page's main landmark and footer: the same on every page of an edition. */
export function EditionFrame({ chrome, children }: { chrome: EditionChrome; children: ReactNode }) {
  const { t } = useTranslation("common");
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <SiteHeader chrome={chrome} />
      <main id="main" className="wrap" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={chrome.locale} year={chrome.year} path={chrome.path} />
    </>
  );
}
