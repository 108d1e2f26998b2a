import type { Locale } from "@sahifa/domain/locales";
import { MemoryRouter } from "react-router";
import type { ArticlePageData } from "../app/components/ArticlePage.tsx";
import { ArticlePage } from "../app/components/ArticlePage.tsx";
import { EditionFrame } from "../app/components/EditionFrame.tsx";
import { JsonLd } from "../app/components/JsonLd.tsx";
import { readerBundle } from "../app/i18n/i18n.server.ts";
import { i18nFromBundle } from "../app/i18n/i18n.ts";
import { ReaderI18nProvider } from "../app/i18n/reader-translation.tsx";
import { newsArticleJsonLd } from "../app/json-ld.ts";
import type { EditionChrome } from "../app/model/edition.ts";

/** The article page's component tree as the route renders it (header, article, footer, JSON-LD), for the benchmark. */
export function articleTree(locale: Locale, chrome: EditionChrome, page: ArticlePageData) {
  return (
    <ReaderI18nProvider i18n={i18nFromBundle(locale, readerBundle(locale))}>
      <MemoryRouter initialEntries={[page.article.url]}>
        <EditionFrame chrome={chrome} year={2026} switcherTargets={{}}>
          <ArticlePage {...page} />
          <JsonLd data={newsArticleJsonLd(page.article, "https://sahifa.example", "Sahifa")} />
        </EditionFrame>
      </MemoryRouter>
    </ReaderI18nProvider>
  );
}
