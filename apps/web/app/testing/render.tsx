import type { Locale } from "@sahifa/domain/locales";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { i18nFor } from "../i18n/i18n.ts";

/** Server-renders a component as a page of `locale` would, for component tests. */
export function renderInEdition(locale: Locale, element: ReactNode): string {
  return renderToString(<I18nextProvider i18n={i18nFor(locale)}>{element}</I18nextProvider>);
}
