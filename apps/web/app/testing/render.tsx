import type { Locale } from "@sahifa/domain/locales";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { readerBundle } from "../i18n/i18n.server.ts";
import { i18nFromBundle } from "../i18n/i18n.ts";
import { ReaderI18nProvider } from "../i18n/reader-translation.tsx";

/** Server-renders a component as a page of `locale` would, for component tests. */
export function renderInEdition(locale: Locale, element: ReactNode): string {
  return renderToString(
    <ReaderI18nProvider i18n={i18nFromBundle(locale, readerBundle(locale))}>
      <MemoryRouter initialEntries={[`/${locale}`]}>{element}</MemoryRouter>
    </ReaderI18nProvider>,
  );
}
