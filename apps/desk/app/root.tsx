import "@fontsource-variable/noto-naskh-arabic/wght.css";
import "./styles/base.css";
import "./styles/desk.css";
import "./styles/newsroom.css";
import { DEFAULT_LOCALE, dir, isLocale, LOCALE_CONFIG } from "@sahifa/domain/locales";
import type { ReactNode } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunctionArgs,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { ErrorPage } from "./components/ErrorPage.tsx";
import { deskUrls } from "./desk-urls.ts";
import { deskBundle } from "./i18n/desk-i18n.server.ts";
import { deskI18nFromBundle } from "./i18n/desk-i18n.ts";

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** The UI language of the URL (English outside one) and its strings, sent once with the page. */
export function loader({ params }: Route.LoaderArgs) {
  const locale = isLocale(params.locale) ? params.locale : DEFAULT_LOCALE;
  return { locale, strings: deskBundle(locale) };
}

/** The strings only change with the UI language. */
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.locale !== nextParams.locale;
}

/**
 * The document. `lang` and `dir` come from the URL's language on the server, so the first
 * byte is already right to left for /ar. Robots are told twice (this tag and X-Robots-Tag)
 * because a copy of the page saved elsewhere keeps only the tag.
 */
export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? DEFAULT_LOCALE;
  return (
    <html lang={LOCALE_CONFIG[locale].hreflang} dir={dir(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <Meta />
        <Links />
      </head>
      <body>
        {data ? (
          <I18nextProvider i18n={deskI18nFromBundle(locale, data.strings)}>{children}</I18nextProvider>
        ) : (
          children
        )}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

function ErrorTitle() {
  const { t } = useTranslation("desk");
  return <title>{t("title")}</title>;
}

/** Unknown pages and failures, in the desk's frame language (internal errors are never shown). */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? DEFAULT_LOCALE;
  return (
    <main id="main" className="desk">
      <ErrorTitle />
      <ErrorPage error={error} home={deskUrls.queue(locale)} />
    </main>
  );
}
