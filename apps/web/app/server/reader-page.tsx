import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { EditionFrame } from "../components/EditionFrame.tsx";
import { i18nFor } from "../i18n/i18n.ts";
import type { EditionChrome } from "../model/edition.ts";
import { Document } from "../render/Document.tsx";
import { LiteMode, linksIntoLite } from "../render/lite-mode.ts";
import type { PageAssets } from "../render/page-assets.ts";
import { RenderedAt } from "../render/rendered-at.ts";
import type { HeadTag } from "../seo/seo.ts";

/** A reader page ready to render: its head, the edition's frame and its content. */
export interface ReaderPage {
  chrome: EditionChrome;
  head: readonly HeadTag[];
  content: ReactElement;
  /** Rendered as a lite page (docs/architecture/052-lite-pages.md). */
  lite?: boolean;
}

/** The whole document of a page, as a React element (the bench renders this same tree). */
export function readerPageElement(page: ReaderPage, assets: PageAssets): ReactElement {
  const { locale } = page.chrome;
  const lite = page.lite ?? false;
  return (
    <Document locale={locale} head={page.head} assets={assets} lite={lite}>
      <LiteMode.Provider value={lite}>
        <RenderedAt.Provider value={page.chrome.renderedAt}>
          <I18nextProvider i18n={i18nFor(locale)}>
            <EditionFrame chrome={page.chrome}>{page.content}</EditionFrame>
          </I18nextProvider>
        </RenderedAt.Provider>
      </LiteMode.Provider>
    </Document>
  );
}

export function renderReaderPage(page: ReaderPage, assets: PageAssets): string {
  const html = `<!DOCTYPE html>${renderToString(readerPageElement(page, assets))}`;
  return page.lite ? linksIntoLite(html) : html;
}
